export * from './council-report';
