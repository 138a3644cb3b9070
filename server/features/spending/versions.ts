export { checkVersion, optionalVersion } from '../../platform/http/versions.js';
