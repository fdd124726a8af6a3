/** Registers <mb-task-matrix>. Import the class from '../task-matrix/task-matrix.ts' instead to choose another tag. */
import { MbTaskMatrix } from '../task-matrix/task-matrix.ts';

export { MbTaskMatrix };

customElements.get('mb-task-matrix') ?? customElements.define('mb-task-matrix', MbTaskMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'mb-task-matrix': MbTaskMatrix;
  }
}
