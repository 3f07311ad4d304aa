import * as O from 'opencc-js';
for (const k of Object.keys(O.Locale.from)) console.log('from',k, O.Locale.from[k].length, O.Locale.from[k].map(g=>g.length));
for (const k of Object.keys(O.Locale.to)) console.log('to',k, O.Locale.to[k].length);
