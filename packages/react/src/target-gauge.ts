import { createComponent } from '@lit/react';
import * as React from 'react';
import '@mubiao/elements/define/target-gauge.js';
import { MbTargetGauge as MbTargetGaugeElement } from '@mubiao/elements/target-gauge/target-gauge.js';

/** `<mb-target-gauge>`: an actual result against a plan target. It emits no events. */
export const MbTargetGauge = createComponent({
  tagName: 'mb-target-gauge',
  elementClass: MbTargetGaugeElement,
  react: React,
});
