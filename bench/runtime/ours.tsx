// Ours: <ServiceForm> rendering a package whose one step holds the same fields as rjsf.tsx's JSON Schema.
import { ServiceForm } from '../../runtime/react/index.ts';
import { benchPackage, sizeFromQuery } from './generate.ts';
import { mountBench } from './harness.tsx';

const n = sizeFromQuery(location.search);
const pkg = benchPackage(n);

mountBench('ours', n, <ServiceForm package={pkg} storage={null} />, '#root input');
