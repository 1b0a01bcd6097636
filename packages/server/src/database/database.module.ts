import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { dataSourceOptions } from './data-source-options';

/** The PostgreSQL connection of the API and the worker. Migrations run separately (`runMigrations`). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [KOHORTE_CONFIG],
      useFactory: (config: KohorteConfig) =>
        dataSourceOptions({ url: config.databaseUrl, logSql: config.logSql }),
    }),
  ],
})
export class DatabaseModule {}
