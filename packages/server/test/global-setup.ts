import { setupTestEnvironment } from '../src/testing';

export default setupTestEnvironment;
