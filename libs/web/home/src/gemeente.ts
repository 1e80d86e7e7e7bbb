/** The gemeente's home on its own: the app loads it as one lazy chunk, without a routes chunk before it. */
export { GemeenteHome } from './lib/gemeente-home';
