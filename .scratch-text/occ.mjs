import * as O from 'opencc-js';
import fs from 'fs';
let t0=performance.now();
const cv = O.Converter({from:'hk', to:'cn'});
console.log('build ms', performance.now()-t0);
const toT = O.Converter({from:'cn', to:'hk'});
const s = fs.readFileSync('/work/main/corpus/seeds/001_7d300adec33de1ff.txt','utf8');
t0=performance.now(); const t=toT(s); console.log('cn->hk ms', performance.now()-t0);
for (let i=0;i<3;i++){t0=performance.now(); const b=cv(t); console.log('hk->cn ms', performance.now()-t0, b===s, s.length, b.length);}
const cv2 = O.Converter({from:'tw', to:'cn'});
t0=performance.now(); const b2=cv2(t); console.log('tw->cn ms', performance.now()-t0, b2===s);
let diff=0; const b=cv(t); for(let i=0;i<s.length;i++) if(s[i]!==b[i]) {if(diff<10) console.log(s.slice(i-5,i+5), b.slice(i-5,i+5)); diff++;}
console.log(diff);
console.log(cv('這個裡面裏面著顯著乾隆乾燥於是後來發展經濟億萬'));
console.log(cv2('這個裡面裏面著顯著乾隆乾燥於是後來發展經濟億萬'));
