// Sums the <Counters> of every .trx file under a folder into "N passed, N failed, N skipped".
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
let passed = 0, failed = 0, skipped = 0;
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.trx')) {
      const m = /<Counters\b([^>]*)\/?>/.exec(fs.readFileSync(p, 'utf8'));
      if (!m) continue;
      const attr = (n) => Number((new RegExp(`\\b${n}="(\\d+)"`).exec(m[1]) || [0, 0])[1]);
      passed += attr('passed');
      failed += attr('failed') + attr('error') + attr('timeout') + attr('aborted');
      skipped += attr('notExecuted');
    }
  }
};
if (dir && fs.existsSync(dir)) walk(dir);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
