import { it, vi } from 'vitest';
import { evaluateSpec } from './formula-engine';
import { examplePlan } from '../../src/plan/example';
import { validatePlan } from '../../src/plan/schema';
import { generateAuditTab } from '../../src/plan/generators/audit';
import { generateCalendarTab } from '../../src/plan/generators/calendar';
import { generateKpiTab } from '../../src/plan/generators/kpi';
it('exp', () => {
  const r = validatePlan(examplePlan('en', '2025-01-15'), 'en');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const plan = r.plan;
  for (const gen of [() => generateAuditTab(plan, '2025-01-15'), () => generateCalendarTab(plan), () => generateKpiTab(plan)]) {
    const t0 = Date.now();
    const spec = gen();
    const ev = evaluateSpec(spec);
    console.log(spec.kind, spec.rows, Date.now() - t0, 'ms');
    for (const b of spec.blocks.slice(0, 12)) {
      const rows = b.cells.slice(0, 4);
      rows.forEach((cells, i) => console.log(b.row + i, JSON.stringify(cells.map((x, j) => (x && typeof x === 'object' && 'formula' in x) ? `${x.formula} => ${ev.at(b.row + i, b.column + j)}` : x))));
    }
  }
});
