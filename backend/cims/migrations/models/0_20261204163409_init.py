"""Migration 0_20261204163409_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" INT NOT NULL,
    "has_time_deposit" INT NOT NULL,
    "has_credit_card" INT NOT NULL,
    "has_loan" INT NOT NULL,
    "has_mortgage" INT NOT NULL,
    "has_wealth" INT NOT NULL,
    "has_insurance" INT NOT NULL,
    "deposit_balance" REAL NOT NULL,
    "wealth_balance" REAL NOT NULL,
    "credit_balance" REAL NOT NULL,
    "annual_income" REAL,
    "income_band" VARCHAR(16) NOT NULL /* UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high */,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMP,
    "frequency" INT NOT NULL,
    "monetary" REAL NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" REAL NOT NULL,
    "branch_share" REAL NOT NULL,
    "channel_mix" JSON NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" REAL NOT NULL,
    "lifetime_value" REAL NOT NULL,
    "tier" VARCHAR(16) NOT NULL /* PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze */,
    "drivers" JSON NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
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
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rank" SMALLINT NOT NULL,
    "score" REAL NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OFFERED: offered
ACCEPTED: accepted
DECLINED: declined */,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "segment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RULE: rule
LEARNED: learned */,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSON,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSON NOT NULL,
    "size" INT NOT NULL,
    "active" INT NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "since" TIMESTAMP NOT NULL,
    "until" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
) /* A customer's stay in a segment: open while ``until`` is null. */;
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
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
CREATE TABLE IF NOT EXISTS "customer_features" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "age" INT,
    "tenure_months" INT,
    "first_opened_on" DATE,
    "products_held" INT NOT NULL,
    "has_deposit" BOOL NOT NULL,
    "has_time_deposit" BOOL NOT NULL,
    "has_credit_card" BOOL NOT NULL,
    "has_loan" BOOL NOT NULL,
    "has_mortgage" BOOL NOT NULL,
    "has_wealth" BOOL NOT NULL,
    "has_insurance" BOOL NOT NULL,
    "deposit_balance" DOUBLE PRECISION NOT NULL,
    "wealth_balance" DOUBLE PRECISION NOT NULL,
    "credit_balance" DOUBLE PRECISION NOT NULL,
    "annual_income" DOUBLE PRECISION,
    "income_band" VARCHAR(16) NOT NULL,
    "recency_days" INT,
    "last_transaction_at" TIMESTAMPTZ,
    "frequency" INT NOT NULL,
    "monetary" DOUBLE PRECISION NOT NULL,
    "window_days" INT NOT NULL,
    "digital_share" DOUBLE PRECISION NOT NULL,
    "branch_share" DOUBLE PRECISION NOT NULL,
    "channel_mix" JSONB NOT NULL,
    "complaints" INT NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "account_mark" BIGINT NOT NULL,
    "transaction_mark" BIGINT NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_customer_fe_compute_ff1d20" ON "customer_features" ("computed_at");
COMMENT ON COLUMN "customer_features"."income_band" IS 'UNKNOWN: unknown
LOW: low
LOWER_MIDDLE: lower_middle
MIDDLE: middle
UPPER_MIDDLE: upper_middle
HIGH: high';
CREATE TABLE IF NOT EXISTS "customer_value" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "as_of" DATE NOT NULL,
    "recency_score" SMALLINT NOT NULL,
    "frequency_score" SMALLINT NOT NULL,
    "monetary_score" SMALLINT NOT NULL,
    "rfm" VARCHAR(3) NOT NULL,
    "annual_margin" DOUBLE PRECISION NOT NULL,
    "lifetime_value" DOUBLE PRECISION NOT NULL,
    "tier" VARCHAR(16) NOT NULL,
    "drivers" JSONB NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL UNIQUE REFERENCES "customer" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "customer_value"."tier" IS 'PLATINUM: platinum
GOLD: gold
SILVER: silver
BRONZE: bronze';
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
CREATE TABLE IF NOT EXISTS "recommendation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "rank" SMALLINT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reason_en" VARCHAR(300) NOT NULL,
    "reason_zh" VARCHAR(300) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "model_version" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_custome_489d85" ON "recommendation" ("customer_id", "status");
COMMENT ON COLUMN "recommendation"."status" IS 'OFFERED: offered
ACCEPTED: accepted
DECLINED: declined';
CREATE TABLE IF NOT EXISTS "segment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "rule" JSONB,
    "model_version" VARCHAR(64),
    "cluster" INT,
    "profile" JSONB NOT NULL,
    "size" INT NOT NULL,
    "active" BOOL NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_segment_model_v_17c9d4" UNIQUE ("model_version", "cluster")
);
COMMENT ON COLUMN "segment"."kind" IS 'RULE: rule
LEARNED: learned';
CREATE TABLE IF NOT EXISTS "segment_membership" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "since" TIMESTAMPTZ NOT NULL,
    "until" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE CASCADE,
    "segment_id" INT NOT NULL REFERENCES "segment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_segment_mem_segment_b70f27" ON "segment_membership" ("segment_id", "until");
CREATE INDEX IF NOT EXISTS "idx_segment_mem_custome_f23cd6" ON "segment_membership" ("customer_id", "until");
COMMENT ON TABLE "segment_membership" IS 'A customer''s stay in a segment: open while ``until`` is null.';
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
    "eJztXftz4ji2/ldc/LJ9q7JdaRLSfalbW+WA0/EOrwK6e3eGKY8wAnRjyx7bdCa9d/73K/"
    "kBfsjGIkCMR790GlmfH59e5xydc/SfhmktoOG+l3Xd2mCv0Zb+08DAhOQ/6UtXUgPY9u4C"
    "LfDA3PDrglilues5QKf3WgLDhaRoAV3dQbaHLExK8cYwaKGlk4oIr3ZFG4x+30DNs1bQW0"
    "OHXPjlV1KM8AL+Ad3op/2kLRE0FomXRQv6bL9c815sv0zF3oNfkT5trumWsTHxrrL94q0t"
    "vK2NgtdfQQwd4EF6e8/Z0Nenbxd+aPRFwZvuqgSvGMMs4BJsDC/2uXNtV9bQtMFwqk2Uqa"
    "Y1OAjSLUzJJa/q+l+/oq/w9+aH24+3n27ubj+RKv5rbks+/hk8ekdMAPTpGUwbf/rXgQeC"
    "Gj7HO1LxxpyTZsgQ21kDh83sDpFil7x2mt2Iy+rSa4I/NAPilbcmP29uC7j8Ko87j/L43c"
    "3tf9EHWmQABANjEF5p+pco3Tt69Y3jQKy/8BAcxxyH4qhgx/Fu2G4J7Qz+3TgPy2VIzuc4"
    "TfEcGADrMMtwF+rIBAab5BgqxfEigL0P4afi+/pEXBeQ21U6al/uvWteXzV9ft3fDeTBOO"
    "+315ke7MAF8jQDmcjj5DgNfTXR4czAxfMJJ49jU23Z5PMXGnmJLM+EFDbJCVCaYYLykAnf"
    "0/+cqiO/EcHyVEn3VMNyuelLgF5J3wV1zyx7rge8jctepxSy5vv0qeQB0bSZoHGHPuOKRS"
    "RQ9B1yLloNuTNVvyptKUDPcHc47suDaVtaWI4JsDfDD+Phz8qAPNKxfkA8w53ecKJ021LQ"
    "VxoHLHkf7kqseR/uchc9eiktWLieZUJH45KKU6j94vEFTBLHkZB3zNqOtdjoHh+xSZDgNe"
    "SV6nLLJ6biEXXFLMkPlgPRCv8EXzJzTorYUH3txG51YST/GXWkqHS3jDjgeasEpwcu4YB8"
    "OQwEirEymY7VDuGb0Y2PQO9od6easpscvTnk0r48B/rTM3AWWk6nJk/BLl1YyBOzzN+H6I"
    "efxtAA/sfkkj7d3alGxPskWk0rRl6C1uwls2mmSwAGK/+T6LPpk0LK7gll+rrBsG+FV66K"
    "zFvzXR1h3bqkNeaqwLqlk3bmMr2E9Wtn2Tq+AOr/5aA2qn8+/eB85F5fl2H3+jqf3uuMMY"
    "D+1SBDly2mOIQIlsuxrCOPzzYb1q8hv60y9Lby2W2xTIeUDA2wDIehbSXXchhDFpll6H8u"
    "kXrygYshNl4iwSif+qnaJzKo3B/Rx5mu+7vRCC049ErTL31Jlb5Lz+Tbm0jf1OmjRH9KPw"
    "8Hik+v5Xorx3/irt70Z6pONMDGszRsPWtgEVvAotKItayeV0ZYjnSaV0rKNdT+Tiomb/li"
    "CMpxLvNF5bjqLoTl+gjLkY0BW3zblQlY7UTnZpl1sZm/LjYz6+IT+axDDe0RtsoCCOlrXf"
    "Wr2v0i99oSuTX6jhYbYMxwZzgeDcdkjWpLuuXYlhPuq7y9NrMkT9V4VZoEqMoNcnDPL9f1"
    "i/p+pvMvgYmMF36uk7CD2K7Y/twZ1JsV+g4xN9dJlKC6vL5OZVV+lX2Lqh/VJ5lCfNKeIJ"
    "fiHsecaqp+OxnlthTNtwU03zImD0i+LMc1cL+gskOf0SNgg5+IWop5XQL6co+IJCYw4Aw/"
    "KMGvJQx+fxn8NBh+G7Sl+L3fXF6ZI8dba5FfSllnlyTqr+ztgn2jAjA4zX8p2Fm9Mzk79a"
    "ETdpnpOn+yTvdTFLJ64CQSg1d4baSbxGpXGUw1tduWHOiiBcR0N3mGR/JkQlSeaVuygesS"
    "jceb4ceftL7ckYfaSBn3VXJp/aSZQAeWZkPHRKTGVFa/yYPtdQ+gZ4C3VyfDjir3tM5Y6a"
    "pTrTPsktnKtXQEDC30uKTbWDM8nD4q47Zk+caVQ7pCGW/oZr43dDPjDU2ak9/fPAGqcC84"
    "cMDdlWH5Lp/lu3yWNf8DD+J6Bz0R428nKx2fcEvXN/bWSl2W6ySqfh37JFoWNG3DeuGbQO"
    "KY+tF8Eg0LLjY6d4dOgOpH9PH3R03gII+s2q9zvc7epfoK10QdfKZKlkvop0pWXx6PVepi"
    "TT7GQZAITl3163DcoUUL9N1ydFr2Te0Ov9GiZ7SwnmnJRBnJ1J5MylxoA//zqqqymdYcGV"
    "CzSdNwWePSuPqNrJsySsdNvtZxk1E74pzxS0FstBCE9gpC0ATI4FuaQ0D9OnWzVUp9ahXo"
    "Ty02wfwdOgUTPXlvTwaLBdHjc9ZkNskxSP16c6uUlNkqkDJbDOc7ERx96uBogPEG0KGvW6"
    "w9wMLw3QxWxO/GWyEbvwtcF3qMOaOY5S1I0FtMr4EAkcuQhyAvxymkILqY6AsMBbYdy7Vh"
    "EKTGo4iOxsPJSOlQ+3x4hxneHyBcxYDgpxf9lYaE5B3O2XgQLyh1vG2nDLrq4DNpugA/w1"
    "+Vsfrg2xG+QwctfUOC8q+ROqZF8A8bObRkrPyTtLjib9X8L2nxqrSgB1aMtvvnZDhgz2pR"
    "/fR0hnRP+j/JQO7JQjYb/7PcYD82UZpvkOEh7L6nz/vHqWSkAqopP/TOW8/4iOJ3fflfaf"
    "bJwL33KYu5vNMb3DOj6zXgkdeabzzWgpPfLkxwNRqJPrY2jeSEoQHuGtla4O7OtS+Qh6+f"
    "9nZ8/di1Ng4r51JJEWGLPuMqQ1p4E0h3fK5BA9+NOUDPsNoPtvORGWzmyyOVSAo2qsYScl"
    "kRV2c1GNUr4Cre6Bt7cWCjJ5Gi0SvS6BFpsVYP337X6ETAdZn7s7lhUDHE+fLTfDhVyx45"
    "6Q9w9DVR9g4ZRCnoEUZRxWSJyx012bkyyPLBl9spgRGpnfandtqlUkkyzJ15aJe35cIILp"
    "t4KNG1XpF3KMzN/MpI6lga6JrwndIXdcs0IV6AI+RnGiduVlfKXLgyqSuzCalTKFWUX0nb"
    "JLhhf3u/ujInMoEdM8VBLHyUqKkbh2WQizgdYji1yD/lM0c8xO55kaJZcVf8DowNw1RzOF"
    "9foxvWhKwDE2hsu01BIo1419qfUEOL926RWeOi5OErKT+zBnA1a8nWK/OcAkLAXzqhNxl+"
    "HJ0xrH2QglaxmerY1g0PYjKraKaFvTVj5cylNIMT5GbJXSLH9bSDcvczoH/loNwwDa+rrU"
    "OySnbTDO58RppTneJx7E66JivKAtqWyzrE496yDAgwm9wUMkXtnEBPxe225Lwd83447CXM"
    "mffqNLUD96V/r4zffUg5VLFZp6P3FdSn4YJ/Tv6jkGii6RxAfwot2Odk37AAY0XcS3sEE3"
    "xz8m1ajrdiys17OY9DBe+cvD9DYHiMLY+9rO+AgnNOzhF2Nw776Le9tCewgnkO5kNZRMs9"
    "du+BTN45gjoDm+J+ScGXJqwXaTnDL/c9RRqNlY46UUMnyO2OuH8xSfhYkXspxoMp4iDCs1"
    "DB916+Q5nvEL6zUMH3Xr73xKgV0L0vQq0s2xdkNTkC3wFdpJMenoU4dYvqJ5xIp4SY4d7w"
    "W1syrGf/f8pY66vdLk1JQYqgo5losfATU4Sl0e8vo1Gs7sa2Y3Uf1c+PbWmNVr449/bOwA"
    "7UaaSstgAvPEbfNEzYfLNCkAFcT4tt8R/gNphzC+E+WGX3waUDCafMkPXc8ZTACMt0eiiZ"
    "FoYecBiMFiz8cZCQsPZrEOSbSEfnXAhSqPN13Zu71oV03gVaBbm3iNTEqQqnkaIb7+3Gob"
    "csP9lpoOB6vxK8JsoVNIhwy8g0VBD7moSJqNeEZHOU0GTLtI3g6eWn8iRICCHpeZzyszkw"
    "cDIJrV8QXZ3k9zBOQjOB88TYNUCrfO+yFLI2Y+i/m82bm4/N65u7T63bjx9bn663gyl7qW"
    "hU3auf6cBKtC3DFS2m8fK3AgstWuKwlkgdKV92JUmijkP+xTv/ZoLh8oO2snEP2SbJtkfk"
    "pF8ycO41Z2K+aWOUDZxLdcNE6FxHnnTkrpKKnDvKmZlB5EOBv/82NKKEs/82LkN4+l/UYL"
    "+ShKf/kT1/oz0HV7dYqv3EBIaxd8NiC65TjPZN8+PdtpPSH0X9c9KXez2Gh3pkgT6MXwZc"
    "MMw2Yh9GcBYt+E3ND0uTvVWdMyME1Wt4JOtp0gMTVWrFOrdyv+vFDnlOm+rl+l4YaOkv61"
    "pOUG4B41mooLwM5R46/BDLCFvlmaQx6slTdfCl35Zs/yTZjTnDn4e9bltaWQY9JEXtfaUH"
    "wbnI+A6dGb4fDwc/K21p7lj4R0XO3144iOan4tlqiEHENsPRtxl8xVXLzTJWdHhKCljlsX"
    "PgKnz8fJqXtgFRlQXi4nYghNVVWF0r1xgVtbqOgrjuBsPeGl26KrK02rFKwsR6SSP7qsDE"
    "Sg835hFIovrHkUPeltoTH5vn/+WgNqpfQxHvJKfX0r8a5BKnYxDBcjmWdcLGymJ5FJdT+u"
    "P4KnPe6Cqj4YQeEB/GVc4wlVC1bXE8d8QMR+fFy2N6cs0urwENgJEHNPAF4BnuD8fTz/Jn"
    "GvISxoPP8DdF7k0f21IQTTjD6mDyZSwPOqRSIo727c0I4kQ5xjJxZJOxfypSluDCkOsd6I"
    "yx1tHKfFGh1hw6jUj/K9L/Hp+yrKZ8PIUuxRpDr8vymq/eOdm6p9Tyfkmrv+FZab9yqX9F"
    "3o010wDP4s+YrycSsYThXbrHlSTEiP331HFPbLeGgt3KPFcGsUnJ3KR0IHAJS3y6YQJUZU"
    "3lUMm1lHZ4U6Ad3mS1w5C0H4xkTXuZ/sFK1CSYzmH6Ao+RtZZLSDRjTsWsMXx4UPwzRkM8"
    "PUO2o4z8M0aJbA5tj5Z1lQ6ZWmnZAuoGwrAi546Krd7zbvVe1Bl956X+Ms9rK3NIHz1kfH"
    "FQqyeRIj+I2N2/iKF85AjdcC+Xj9gkSPC6/+i2fF8I7sPbXuMNUY0p6Tj+EIxefAR2Yw4Q"
    "NSU3OXi5D8c7pR0zPMWswTBgRpeuiiyXbqzSUU2Wv2Rlct0gnZRc/VU4rbyh08oTOjzZYo"
    "StsnbVGH+hCRGdDU2E2FPksa/nGhA4lVFzhXOLcG65fJbjb8bBdAp2ENsV0xuTZLdKkd0q"
    "ILvFsBWT6SzLcn5ISlT/VfEoFaP5LxZ4UjH2T26MDKXD8hJfDCEyAzPtFEvEN2vEICKQ7e"
    "jziYt+8JwiGVWvTVapo/Vs4fh3Usc/1hbRnM+RNYGqoUAt9uLEXtwx9uI29uLAVk8iRatX"
    "pdUZm3NbZ1Zub2oTmnOiRayR/Uon4dAW3N/e7wI7xJv4CWeJy7e0J9nda3PXzGT9feb3hi"
    "xFuzx/cyXXAy8SwhKQwtu1JXp6s/S8JgK89NtvG+wh47ffJOT6n/Q+bfl8/d3K+ClHnxoY"
    "5/27NEiljANzeEX4L1fSf9lFzNPHiheoLaiGa9PlrkUMEcQferzSRwQSTkBVblvhBHQqE0"
    "RyYStr0UmABK/7nYBi7gmv9FKJeUNcGMVlvVSSvWu/B5BwsOJhlz/hzNl8gKa7owgaDO0k"
    "frlQL/FSFc8awji3rKfAnOHrB9EhF5mLQkWopIqwayFOSTIBFKpCpcVJYEZR+akWhjoygZ"
    "Gz77IFpVs3QL0P0fVq267SUfty713z+qqZ2mSJtgdus+liRM6QU+cMWSAH6vkuS/tdIBM3"
    "qPLOViPIshMl2KFBf/dBhp458tLWwDIt8alES3zKbYlPmc4enM93aDvE4JVuhXuanuiRpj"
    "imBz/O8OiRTM5tySZvDGd4OKBxmG3JwjQKk+Y8ulf9Q76tOaL+q/K035aAZxLccEJQlktz"
    "IBFGpzQHEuGAtKvSl9VeW4ImQAb1eJ1OaYplIpuGvjFv7+9anAYrZ167kNRXBzsJlvIRLH"
    "ARzObtJcssdGzgeHxEp3D181VrlnLIbBY4ZDaF9+uber8mtcGS1rYkSFjbqn3wXg2YLbBj"
    "gl1Cs1ea2uqXGu0qZWlLjtucaDthyDyFIfOtoxll6CB93WAYMcMrV0X2S7CrI3JsX9LEeV"
    "VgWDwg/KLeaWCarVYZabbVypdm6bWUgGXbPAyH1WvI7mnSQFtEw2Kt/vmRGDHI+SMx3sZk"
    "erSYCw5Xy+MvZn/+P9aQARs="
)
