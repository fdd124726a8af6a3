/** A part whose text the patcher cannot edit (a missing end tag); the annotator names the part. */
export class PartError extends Error {
  override readonly name = 'PartError';
}
