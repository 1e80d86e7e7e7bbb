import { Component } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
@Component({ selector: 'halt-root', template: '<h1>Halt</h1>' })
class App {}
bootstrapApplication(App).catch((err) => console.error(err));
