// One app process of the money path benchmark (see money.ts): runs, then prints its count.
import { moneyWorker } from './money';

const [url, seconds] = process.argv.slice(2);
const result = await moneyWorker(String(url), Number(seconds));
console.log(JSON.stringify(result));
process.exit(0);
