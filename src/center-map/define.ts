import { define } from '../shared/define.js';
import { SzCenterMap } from './sz-center-map.js';

export { SzCenterMap };
define('sz-center-map', SzCenterMap);
