import { define } from '../shared/define.js';
import { SzCenterCard } from './sz-center-card.js';

export { SzCenterCard };
define('sz-center-card', SzCenterCard);
