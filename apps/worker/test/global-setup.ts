import { setupTestEnvironment } from '@kohorte/server/testing';

export default setupTestEnvironment;
