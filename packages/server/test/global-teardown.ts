import { teardownTestEnvironment } from '../src/testing';

export default teardownTestEnvironment;
