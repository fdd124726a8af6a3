/** Registers <mb-findings-list>. Import the class from '../findings-list/findings-list.ts' instead to choose another tag. */
import { MbFindingsList } from '../findings-list/findings-list.ts';

export { MbFindingsList };

customElements.get('mb-findings-list') ?? customElements.define('mb-findings-list', MbFindingsList);

declare global {
  interface HTMLElementTagNameMap {
    'mb-findings-list': MbFindingsList;
  }
}
