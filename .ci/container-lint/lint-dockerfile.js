// Lints Dockerfiles with dockerfile-utils (the validator behind the Docker language server):
// prints each problem as FILE:LINE:COLUMN severity message and exits 1 if there is any.
'use strict';
const fs = require('fs');
const { validate, ValidationSeverity } = require('dockerfile-utils');

const strict = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.ERROR,
  emptyContinuationLine: ValidationSeverity.ERROR,
  instructionCasing: ValidationSeverity.ERROR,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.ERROR,
};
const names = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const d of validate(fs.readFileSync(file, 'utf8'), strict)) {
    problems++;
    const at = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
    console.log(`${at} ${names[d.severity] || d.severity} ${d.message}`);
  }
}
if (problems > 0) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
console.log(`${process.argv.length - 2} Dockerfile(s), no problem`);
