import { setupTestEnvironment } from '../src/infra/testing';

export default setupTestEnvironment;
