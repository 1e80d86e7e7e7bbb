/** The planner's home on its own: the app loads it as one lazy chunk, without a routes chunk before it. */
export { PlannerHome } from './lib/planner-home';
