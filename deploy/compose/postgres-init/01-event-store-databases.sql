-- One event store (event, token and saga tables, created by each service's Flyway migrations) per service.
-- Names match what ./crm passes with CRM_INFRA=external and CRM_PG_URL: EVENTSTORE_JDBC_URL=$CRM_PG_URL/<name>.
CREATE DATABASE catalog OWNER crm;
CREATE DATABASE sales_org OWNER crm;
CREATE DATABASE pipeline OWNER crm;
CREATE DATABASE billing OWNER crm;
CREATE DATABASE analytics OWNER crm;
