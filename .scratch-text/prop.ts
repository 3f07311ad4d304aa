import fc from 'fast-check';
import { normaliseText } from '../src/text/normalise.js';
const TOKENS = ['中','国','增','长','李','强','市长','会议','2024年','５','％','．','7','0','.','%','-','a','P','\n','\n\n','\r',' ','  ','\u3000','\u00a0','\u2009','\t','\u200b','\ufeff','，','。','：','、','“','”','《','》','（','）','—','——','…','（一）','一、','1.','2.5','各位代表','這','個','發','乾','著','⼀','‰','PM','Public'];
const arb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((a) => a.join(''));
fc.assert(fc.property(arb, (s) => { const a = normaliseText(s); return normaliseText(a) === a; }), { numRuns: 50000 });
console.log('ok');
