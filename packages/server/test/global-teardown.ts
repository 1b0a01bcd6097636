import { teardownTestEnvironment } from '../src/infra/testing';

export default teardownTestEnvironment;
