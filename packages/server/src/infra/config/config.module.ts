import { Global, Module } from '@nestjs/common';
import { KOHORTE_CONFIG, loadConfig } from './kohorte-config';

@Global()
@Module({
  providers: [{ provide: KOHORTE_CONFIG, useFactory: () => loadConfig() }],
  exports: [KOHORTE_CONFIG],
})
export class KohorteConfigModule {}
