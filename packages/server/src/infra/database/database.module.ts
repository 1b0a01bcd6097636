import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KOHORTE_CONFIG, type KohorteConfig } from '../config/kohorte-config';
import { dataSourceOptions } from './data-source-options';
import { guardTransactions, strictTransactionsRequested } from './transaction-guard';

/** The PostgreSQL connection of the API and the worker. Migrations run separately (`runMigrations`). */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [KOHORTE_CONFIG],
      useFactory: (config: KohorteConfig) => {
        const { poolSize, ...limits } = config.database;
        return dataSourceOptions({
          url: config.databaseUrl,
          logSql: config.logSql,
          poolSize,
          limits,
        });
      },
      dataSourceFactory: (options) => {
        if (!options) throw new Error('DatabaseModule: no data source options');
        const dataSource = new DataSource(options);
        return Promise.resolve(
          strictTransactionsRequested() ? guardTransactions(dataSource) : dataSource,
        );
      },
    }),
  ],
})
export class DatabaseModule {}
