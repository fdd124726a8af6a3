/** Registers <mb-target-gauge>. Import the class from ../target-gauge/target-gauge.ts to use another tag. */
import { MbTargetGauge } from '../target-gauge/target-gauge.ts';

customElements.get('mb-target-gauge') ?? customElements.define('mb-target-gauge', MbTargetGauge);

declare global {
  interface HTMLElementTagNameMap {
    'mb-target-gauge': MbTargetGauge;
  }
}
