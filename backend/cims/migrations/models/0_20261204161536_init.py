"""Migration 0_20261204161536_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
CREATE TABLE IF NOT EXISTS "branch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "customer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual
CORPORATE: corporate */,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL /* MALE: male
FEMALE: female
UNKNOWN: unknown */,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24) /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other */,
    "id_number" VARCHAR(64),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL /* SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown */,
    "mobile_phone" VARCHAR(32),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(254),
    "email_index" VARCHAR(64),
    "address" VARCHAR(500),
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" VARCHAR(40),
    "assets" VARCHAR(40),
    "liabilities" VARCHAR(40),
    "status" VARCHAR(16) NOT NULL /* PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed */,
    "kyc_status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected */,
    "tags" JSON NOT NULL,
    "custom_attributes" JSON NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMP,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSON NOT NULL,
    "code_lists" JSON NOT NULL,
    "defaults" JSON NOT NULL,
    "options" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A saved column mapping: file header -> field, code lists, defaults, options. */;
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed */,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSON NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
) /* One dry run or commit of a file; its report holds masked values only. */;
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
) /* The source reference of an imported row that has no ID number of its own. */;
CREATE TABLE IF NOT EXISTS "product" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL /* DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance */,
    "currency" VARCHAR(3) NOT NULL,
    "active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" VARCHAR(40) NOT NULL,
    "credit_limit" VARCHAR(40),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed */,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "booked_at" TIMESTAMP NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL /* CREDIT: credit
DEBIT: debit */,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter */,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
"""

SQLITE_DOWNGRADE = """

"""

POSTGRES_UPGRADE = """
CREATE TABLE IF NOT EXISTS "branch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "gender" VARCHAR(16) NOT NULL,
    "birth_date" DATE,
    "nationality" VARCHAR(2) NOT NULL,
    "id_type" VARCHAR(24),
    "id_number" VARCHAR(64),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(32),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(254),
    "email_index" VARCHAR(64),
    "address" VARCHAR(500),
    "currency" VARCHAR(3) NOT NULL,
    "annual_income" DECIMAL(20,2),
    "assets" DECIMAL(20,2),
    "liabilities" DECIMAL(20,2),
    "status" VARCHAR(16) NOT NULL,
    "kyc_status" VARCHAR(16) NOT NULL,
    "tags" JSONB NOT NULL,
    "custom_attributes" JSONB NOT NULL,
    "relationship_manager" VARCHAR(64),
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "archived_at" TIMESTAMPTZ,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
COMMENT ON COLUMN "customer"."kind" IS 'INDIVIDUAL: individual
CORPORATE: corporate';
COMMENT ON COLUMN "customer"."gender" IS 'MALE: male
FEMALE: female
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."id_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
SOCIAL_CREDIT_CODE: social_credit_code
OTHER: other';
COMMENT ON COLUMN "customer"."marital_status" IS 'SINGLE: single
MARRIED: married
DIVORCED: divorced
WIDOWED: widowed
SEPARATED: separated
UNKNOWN: unknown';
COMMENT ON COLUMN "customer"."status" IS 'PROSPECT: prospect
ACTIVE: active
DORMANT: dormant
CLOSED: closed';
COMMENT ON COLUMN "customer"."kyc_status" IS 'PENDING: pending
VERIFIED: verified
EXPIRED: expired
REJECTED: rejected';
COMMENT ON COLUMN "customer"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "import_template" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL UNIQUE,
    "entity" VARCHAR(32) NOT NULL,
    "columns" JSONB NOT NULL,
    "code_lists" JSONB NOT NULL,
    "defaults" JSONB NOT NULL,
    "options" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "import_template" IS 'A saved column mapping: file header -> field, code lists, defaults, options.';
CREATE TABLE IF NOT EXISTS "import_job" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "entity" VARCHAR(32) NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" VARCHAR(64) NOT NULL,
    "dry_run" BOOL NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "total_rows" INT NOT NULL,
    "created_rows" INT NOT NULL,
    "existing_rows" INT NOT NULL,
    "problem_count" INT NOT NULL,
    "duplicate_count" INT NOT NULL,
    "report" JSONB NOT NULL,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "template_id" INT REFERENCES "import_template" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_import_job_file_sh_5c1eec" ON "import_job" ("file_sha256");
COMMENT ON COLUMN "import_job"."status" IS 'RUNNING: running
CHECKED: checked
COMMITTED: committed
REFUSED: refused
FAILED: failed';
COMMENT ON TABLE "import_job" IS 'One dry run or commit of a file; its report holds masked values only.';
CREATE TABLE IF NOT EXISTS "import_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "fingerprint" VARCHAR(64) NOT NULL UNIQUE,
    "customer_no" VARCHAR(20) NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_job" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "import_record" IS 'The source reference of an imported row that has no ID number of its own.';
CREATE TABLE IF NOT EXISTS "product" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "category" VARCHAR(16) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "active" BOOL NOT NULL
);
COMMENT ON COLUMN "product"."category" IS 'DEPOSIT: deposit
TIME_DEPOSIT: time_deposit
CREDIT_CARD: credit_card
LOAN: loan
MORTGAGE: mortgage
WEALTH: wealth
INSURANCE: insurance';
CREATE TABLE IF NOT EXISTS "account" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(34) NOT NULL UNIQUE,
    "currency" VARCHAR(3) NOT NULL,
    "balance" DECIMAL(20,2) NOT NULL,
    "credit_limit" DECIMAL(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "account"."status" IS 'ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed';
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "booked_at" TIMESTAMPTZ NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "counterparty" VARCHAR(200),
    "description" VARCHAR(500),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
COMMENT ON COLUMN "transaction"."direction" IS 'CREDIT: credit
DEBIT: debit';
COMMENT ON COLUMN "transaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
ATM: atm
POS: pos
WECHAT: wechat
EMAIL: email
LETTER: letter';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""

POSTGRES_DOWNGRADE = """

"""

SQL = {
    "sqlite": {"upgrade": SQLITE_UPGRADE, "downgrade": SQLITE_DOWNGRADE},
    "postgres": {"upgrade": POSTGRES_UPGRADE, "downgrade": POSTGRES_DOWNGRADE},
}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["downgrade"]


MODELS_STATE = (
    "eJztXVtzozgW/iuUX7a3KtOVduJ0r3drqohNupn2JWU73bMz3qJkkG11QPJwSTo72/99Jc"
    "DmbiMHfGF4Six0BHxH6NylPxsG0aBuvRVVlTjYbrSFPxsYGJD+E790ITTAahVcYA02mOlu"
    "XxDqNLNsE6hsrDnQLUibNGipJlrZiGDaih1dZ41EpR0RXgRNDkZ/OFCxyQLaS2jSC7//hz"
    "YjrMHv0Fr/XD0qcwR1LfKwSGP3dtsV+2XltsnYvnM7srvNFJXojoGDzqsXe0nwpjfyHn8B"
    "MTSBDdnwtumwx2dP57/o+o28Jw26eI8YotHgHDi6HXrdmRK0NRRlMJwoY2miKA0OgFSCGb"
    "j0US337RfsEX5qvrt+f/3h6ub6A+3iPuam5f0P79YBMB6hC89g0vjhXgc28Hq4GAegYseY"
    "UTYkgO0sgZmObEARQ5c+dhzdNZanC68Bvis6xAt7SX9eXW/B8os46nwSR2+urv/ObkjoB+"
    "B9GAP/StO9xOAO4FUd04RYfeEBOExTDMTrhgDj4LPdANoZ/LtxGJTzgJyNcRziGdABVmES"
    "4S5UkQH0dJBDVDGMNY/srU9eFt6XJWG9Bdyu1JH7Yu9N8/Ki6eJr/aEjG4Zxv75MzGATas"
    "hWdGQgmxPjOOmrgfZXBi6cS1w8ioaarOjrawp9iCTOFJR0kCNEcYQplY0M+Jb9U9ZEPhLA"
    "4kSKz1SdWNzwRYheCd8ZTc8kepYNbMdKl1MSlfkufDK9wXrZjMAYUB9QYlENFD1BTqHVED"
    "sT+YvUFjzqKe4OR31xMGkLGjENgO0pvhsNf5MG9JYm+S/EU9zpDcdSty14c6Wxh8h7d5ND"
    "5r27yRR67FJcsbBsYkBT4dKKY1S71eMzWCSK0ZADZFcm0RzV5gM2SlTj6uPKbLn5Y6rhsZ"
    "6KSZDviAnRAn+GL4k1Jwasb752QkOdGcg/1hNp3RqIERM8b4zg+IdLMaBvDj2FYiSNJyO5"
    "Q/FOmcYFwHsfjFRRdKNfbwa4bC7PgPr4DExNyZjU9C7YYoKF3jGJ/K1Pffd5BHXgvkwm6J"
    "NgpAoB74JImiQEXgTW5CWjacRbAAYL95XYvdmdfMhuKWTqspHi3/KvXGxzb82CPrV365xk"
    "zMUW75ZK+czlevH7V86zVbwC6v7lgHbd/3D2weHAvbzMg+7lZTa8lwlnAPurwBRbdjvEPk"
    "mNcj6UVWTz+Wb9/hXEt5UH3lY2uq001yEDQwFpjkPft5LpOQxRbnPLsH/OEXr6gtoQ6y9r"
    "xSgb+oncpzqo2L9ntzMs6w+94Xtw2JWm2/oSa30TX8k3gwhf5ckngf0UfhsOJBdeYtkL07"
    "1j0G/yGzMnGsCxiYLJswK0kABbt65RS9p5eZTltU3zSk25gtZfqWryBq8URTmMZbaqHDbd"
    "a2W5Osry2seACV+4MkJWOdW5mUcuNrPlYjMhFx/pa+3raF/TnrICQudaV/4idx/EXlugQ6"
    "MnpDlAn+LOcHQ/HFEZ1RZUYq6I6cdVjm/NzOldFV6TJkJ0ygzZe+bnm/rb5n5i8s+BgfQX"
    "fqyjZHuhfWLxuQOYNwv0BDE31lGqGur89jrTVflN9g1V9aAuZQlxQXuEXIZ7mKaspfp4Os"
    "p1Lpivt8B8nbJ4QPpmGamBuxWVgPqAGQEOfqRmKeZNCeiLPaqSGECHU3wneb/m0Pv9MPg8"
    "GH4dtIXw2EfXV2bItJfKOi8lb7JLlOqvnO2CXacC0DndfzGyg2Znck7qfRfsPMt19mIdn6"
    "fIR3XPRSREfsKykQWJ5a40mChyty2Y0EIaxCyaPMX34nhMTZ5JW1gBy6IWjz3Fnz4rfbEj"
    "DpV7adSX6aXlo2IAFRBlBU0D0R4TUf4qDjbXbYCeAd5cHQ87sthTOiOpK0+UzrBLVyuLqA"
    "joip9xycJYUzycfJJGbYG4zpV9pkKebOhmdjZ0M5ENTdnJn28eITrhWbDnB3eTB+WbbJRv"
    "slFW3BfcC+uAtCTEj6crFQ84UVVntfFS58U6SlW9iV2KlQWNlU5e+BaQME31YC7FwoKao3"
    "JP6AhR9YAuPj5qABPZVGq/LvU6OcrpG1xjefCRGVkWhZ8ZWX1xNJJZijV9GRNBqjh15S/D"
    "UYc1aeiJmCpr+yp3h19Z0zPSyDNrGUv3IvMn0zYLroD7eqdqshlkhnSorChruLxxcbrqfV"
    "lXeYyOq2yr4yphdoQx49eC0qlrRWinIgQNgHQ+0ewTVG9SN1u5zKfWFvuplQ4w/4SOkdUz"
    "eedMBppG7fgMmZwOcoikerO5lUvLbG3RMlspyXd1cXTZxdEAYwewT18laTHAreW7Cdq6fj"
    "fMhWT9LrAsaKesGdtR3hDV8G6HV0eA6mXIRpAX4xhlDfR2oM+wFHhlEmsFvSI1HkP0fjQc"
    "30sd5p/3R5ji3QXCp1gQ/PiivtKREB3hkMyDWGPQ8fJOGnTlwUfKOo9+ir9II/nO9SM8QR"
    "PNXUeC9Ou9PGJN8PsKmaxlJP1COS65oZpvlOOnwkEbLFJ498t4OEhf1db948sZUm3hf4KO"
    "rNJKNhv/mjvYrU0UZg7SbYStt+x+P5elI22BmuHDRt5kxq8hftMXf42jTz/cWxeyUMo7G+"
    "A2tbpeATZ9rJljpwmcbL6kEp8Gk9htK8Mk0y8NsJZopXjp7lxxgSz66llvxdvHFnHMtD2X"
    "cqoIG+oDShnKYcfT7vhSgwZuGrNHPcVy3wvnI8ML5ov3MtUUVug0RMh5VVwd1GFUrYKrMN"
    "OdlbYn06OUNdNPhOlr0EJc958+YDpVcK3U+GxmGVSI4nD707wri7MFb/oDTHVJjb19PqIY"
    "aQFf0YnpEuf71STXSm+XD769nSI09dZOu7d2CrZSiSLMvfNQsG/LmQGcd+OhyNR6xb5D/t"
    "7Mr6ykDm0DXRG8o/6VenOm41Wdy6699AuZNVLKzoOLF9vqzj2bS/nm99tVed4YYiho5otg"
    "OlggpqASw0C2QOYCEOZIh/8UkG0JJmSDCktC34JaedYj1IQnoDvQEgjVHN/GDbviRq3r30"
    "+r/h1im7McJKA4oB8jvPvCOeZmsY+Ev/w3TFTFUutWK1e2UGtLtlArFWlrCZqtG26sA7Lq"
    "VUsW7w6l8kCh8iBFqyBEhwCnAx2iioE8o2RnOKe3wHo7HPYiRuKtPInh+9C/lUZv3sXC1E"
    "lb/fzC0/uUlD0MBm5wk04Q7AY3O5+kzmc36ryE6iMLZHaG/b48cSOZnhZie+HNu4exF92c"
    "OxZruRPlHmuYA/pln0qwk7CcdZM8pzAyU5OJEh3OFC/rrIaivVhrJz4nrHGyGtg4sPA7sm"
    "x6Q15kE3Q1tCnbrdO3NJSN6yEntAm6Gto4tJqz0pFKX54b3BTKGt44vJ6Nn0Q1OzMkoKjT"
    "QSLKYCE5O74Um/Hlk0eoTlkl3NPYedf8kEd3a37IVt7YtXPOMzgs+ucZc86TaDBHGFnLvd"
    "geI62DpKccJLVZxTwT/lxu5hjVXvrCiTG15DjpGrECIqVeBGUSGvC8kM4bMI1NskjIlD6D"
    "MHjo9fKFTE2oElN7ZSDQg33kDnWGsuqIkUAfs8xgYIDpznigGXTdGRKcLKHgZZ8y9xhkpY"
    "TQjd1hP6MTagK11QV7CWxhCSwBE0HuCt6mOKwjC+6RZ5wMCxY28hRPsUjH+MkjE6jo1CxK"
    "Bhn53yz2ewHNFb0vHYfeh95BE3QInqDXax0fEoBOMCwj0niLFn+VYOM/ms2rq/fNy6ubD6"
    "3r9+9bHy43MiB5aZswuJU/MnkQkem7Q5IhXvNFcCJklduSu/gAzintfX5spafk3c+/kRmf"
    "YhkQ1Ml3u5VKPzumEH3Sz8g5M4Dz6pLBvOLOvCtfP9qo8pkaUljZ36kjhU2N3VqSKFhUnd"
    "AE7xsUDDo8Bbzt5jdRnQNoVLv46WfBfaELge026bourQvBZyb9j7ijWUlFqejB6zSq00qj"
    "Ou7BcCekpZSzAWKdpJZEuvgkNQ8+vrLfgKSO7hQf3aFyQHHlAB9PwlQ1Wwpny1ok8zAlTF"
    "OzpHCW+LoRD0dCJDVDil+66sB0HZg+AfSrG5g+rwr4muu7uZ4Sp94EprgPmv1GZoXE+fK5"
    "w84kslpqjO/eJJrjepgSzqv1pYttXqtVqFN9wOzB1oqyD5iljOZSgfz+lfMMFe+vOK7T7d"
    "gy7kCnO0L+ox3h/odh/AVRZhnnC2Jm2Em7a7vC9KeMeaMr3Q/H7GgvDVKlyD3yi+pDyqaZ"
    "KZvK5tr6pC9xxCq9/CO+qIye4t5QHLQFnQA8xf3haPJR/MgOMqS6yoIK5in+Kom9yae28A"
    "yBbi+nWB6MH0bioCOxc5ktx9ygePR6sHov8BQxkUdKcOwF7u5nm6IIb6tRDYgOWKK6lsxn"
    "VaK6l2lSb9xyBOskvH1LioUS290l20qxYx3LtFR+D3KNPHODfn+PnuOC9vx9PZGSF+vMvp"
    "PM7As4lGDCdo9VhLCCDqvzdVAl/ZLASK+73H4ghJFRcsl/TsEZ8XavgwpqpbF0pVFDJtxI"
    "uH1sssgAJ22UeWbW2sKa4q5065loM2TvYyTlCW9lB7eSoa0lwBhmHK+WwzYOyE+aC7fMPq"
    "Umq7c14hTff6KLc1twD+Ob4uGgJ7OfBOuI/e4Pb+Wea/KyI/umWJz02wKwDUo3HFMqYjEj"
    "mCI6YUYwxYDyVeqLcq8tuIeiURNamkzYMdk6tO39zskuwRje6gfJWNfOxPex57JW/Omrrr"
    "4MzRUw+fLp4nTVOy6glCOFw0/GgXaMrHpgl3KyXtQazBnGihLVtRZpGyxFbfCcwMaoamR3"
    "V7EANWPLGu5Klur5xi5idSzR7zajliVtFheAbic0VEXhjX29J1UrJEITqctGihPTv3KxzX"
    "8Jgj51ksU5LZwXWxyLmQeDZOtY2SeDVMFyKGVrXfZRcSDsd68guuXkARBqYaVJ/22VHhuS"
    "w6ewH8dlWliyOkfksnhh9uP/52WGeg=="
)
