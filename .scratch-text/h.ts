import { GOV_PAGE } from '../test/text/samples.js';
import { htmlToText } from '../src/text/html.js';
import { normaliseText } from '../src/text/normalise.js';
console.log(JSON.stringify(htmlToText(GOV_PAGE)));
console.log(normaliseText(htmlToText(GOV_PAGE)));
