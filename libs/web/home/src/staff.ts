/** The staff's home on its own: the app loads it as one lazy chunk, without a routes chunk before it. */
export { StaffHome } from './lib/staff-home';
