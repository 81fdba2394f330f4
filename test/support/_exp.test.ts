import { it, expect } from 'vitest';
import { evaluateSpec } from './formula-engine';
it('exp', () => {
  const ev = evaluateSpec({ kind:'kpi', title:'x', rightToLeft:false, frozenRows:1, columnWidths:[], validations:[], styles:[], conditionalRules:[], rows:0,
    blocks:[{row:1,column:1,cells:[
      [10, 100, {formula:'=ENGAGEMENT_RATE(A1:A3,B1:B3)'}, '=1+1', {formula:'=UTM_URL(E2:E3,"instagram","social",F2:F3)'}, {date:'2024-01-31'}],
      [null, null, null, null, 'example.com/a', 'spring sale'],
      [5, 0, null, null, '', '"; x'],
    ]}]}, {A2: 3, B2: 30});
  console.log(ev.get('C1'), ev.get('C2'), ev.get('C3'), ev.get('D1'), ev.get('E1'), ev.get('E2'), ev.get('E3'), ev.date('F1'));
});
