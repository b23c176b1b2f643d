// Dates as people type them ("15-07-2025", "15/7/2025", "2025-07-15") read into ISO 8601, and ISO
// dates written back the Dutch way: the package's form helpers (kansrijke-wijk/formulier,
// npm/formulier.js). Text that is not a date goes to the checker as typed, which reports it
// (KW-DATUM-001) at the field.

export { leesDatum, schrijfDatum } from '../pkg/formulier.js';
