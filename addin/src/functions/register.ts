/**
 * Entry of functions.js, loaded by Excel's custom-functions runtime (no DOM, no shared state
 * with the pane): binds the ids of functions.json to their implementations over the seeded plans.
 */
import { makeTargetFunctions } from './functions.ts';
import { seedPlans } from '../shared/seed-plans.ts';

const functions = makeTargetFunctions(
  () => seedPlans(),
  (kind, message) =>
    new CustomFunctions.Error(kind === 'notAvailable' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue, message),
);

CustomFunctions.associate('TARGET', functions.TARGET);
CustomFunctions.associate('TARGETTEXT', functions.TARGETTEXT);
