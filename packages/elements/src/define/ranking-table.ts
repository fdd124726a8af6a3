/** Registers <mb-ranking-table>. Import the class from ../ranking-table/ranking-table.ts to use another tag. */
import { MbRankingTable } from '../ranking-table/ranking-table.ts';

customElements.get('mb-ranking-table') ?? customElements.define('mb-ranking-table', MbRankingTable);

declare global {
  interface HTMLElementTagNameMap {
    'mb-ranking-table': MbRankingTable;
  }
}
