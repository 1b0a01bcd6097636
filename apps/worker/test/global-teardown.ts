import { teardownTestEnvironment } from '@kohorte/server/testing';

export default teardownTestEnvironment;
