"""Migration 0_20261204161833_init: SQL for SQLite and PostgreSQL, from Aerich."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

SQLITE_UPGRADE = """
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSON NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
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
    "id_number" VARCHAR(255),
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
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
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
CREATE TABLE IF NOT EXISTS "audit_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "field_names" JSONB NOT NULL,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
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
    "id_number" VARCHAR(255),
    "id_number_index" VARCHAR(64),
    "occupation" VARCHAR(100),
    "employer" VARCHAR(200),
    "education" VARCHAR(50),
    "marital_status" VARCHAR(16) NOT NULL,
    "mobile_phone" VARCHAR(255),
    "mobile_phone_index" VARCHAR(64),
    "email" VARCHAR(512),
    "email_index" VARCHAR(64),
    "address" TEXT,
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
    "eJztXVtz4joS/isUT7NV2amEhEwOtbVVBpzEZwBTwExmZ9hyCVsBbWzZxzbJZM/Of1/JF3"
    "w3FsEEfPyUIKl9+dRSX9Td/rOp6QpUrY+cLOtrbDc7jT+bGGiQ/BPvOms0gWEEHbTBBgvV"
    "GQtCgxaWbQKZXusRqBYkTQq0ZBMZNtIxacVrVaWNukwGIrwMmtYY/bGGkq0vob2CJun48W"
    "/SjLACf0LL/2k8SY8IqkrkYZFC7+20S/ar4bQJ2L51BtK7LSRZV9caDgYbr/ZKx5vRyH38"
    "JcTQBDakl7fNNX18+nTei/pv5D5pMMR9xBCNAh/BWrVDr7uQgramJI3EmTTlZ5LUZABI1j"
    "EFlzyq5bz9kj7C31sXV5+ubi6vr27IEOcxNy2ffrm3DoBxCR14RrPmL6cf2MAd4WAcgIrX"
    "2oJMQwLY3gqY6cgGFDF0yWPH0fWxPF54NfBTUiFe2ivy8/IqB8uv3KR3z00+XF79jd5QJw"
    "vAXRgjr6fldFG4A3jltWlCLL+yABym2Q/EfkOAcbBsN4D2Rv9qHgblIiBnYxyHeAFUgGWY"
    "RLgPZaQBNR3kEFUMY8Ul++iRl4X3eUlY54Db53vCkBt8aJ2ftRx8rT9UZMMw7lfnCQ42oY"
    "JsSUUashkxjpO+GWhvZ2DCucTNY99Q6wZ5fUUiD5HEmYCSDnKEKI4wobKRBj/Sf8pi5HcC"
    "mJvxcU5VdYsZvgjRG+E7IfZMomfZwF5b6XKKJzLfgU8gN/C3zQiMAfUBJRbRQNEzZBRaTa"
    "43E77ynYZLPcd9cTLkRrNOQ9FNDWB7jm8n4nd+RG5p6v+FeI57A3HK9zsNl1eaO4i8i+sC"
    "Mu/iOlPo0a64YmHZugZNiUkrjlFtV49PYJPYj4YcIGuYurKWbTZgo0Q1rh6u1JZ7fEo1PH"
    "xWTIJ8q5sQLfFn+JrYc2LAeuZrL3SpEwP5l89IfmsgRkzwsjGC4wuXYEDeHLoKxYSfziZC"
    "j+CdwsZ7gHccXKmi6EZXbwa4lJcXQH56AaYiZTA1uQu2qGAhd0wi3/Wobz9PoAqcl8kEfR"
    "ZcqULAOyDqLT0EXgTWZJfW0uItAIOl80r03vROvhdrTawN/hlm+LiC3rNcNxcdJ8HNwKNx"
    "dXXR8q/i7fqt1bq8/NQ6v7y+aV99+tS+Od8In2RXnhTqCndUEEW0qu0+MV12XDCKBNIsXs"
    "8oyLDGoqR5BgX9Zz9L+5AzlAP2TBiSzZIbjunlNYtYvE3P1KA9Laf1Ndb6Ia7zbi7SeBBm"
    "9w36s/FdHPEOmrplL03njsG42Xcq98iytXUJ6y8SUMJA+s1+U0REkmWtM7k+NwRlGTnv5/"
    "q8aN0UMVFaN9k2Cu37FQcYpZnjuQini8UKQHxdxLt8ne1dvk54l4mMQjaTbzmgOJydfvIA"
    "p5qC2zBONwWLwbzdkVQlLnYvRH+l6My/T8VROswxsrioRbLd+F9DRVZphkvzH49r7OxXjc"
    "UaqTbC1kd6v3+WdYySAzyFKSJ2fcA/DLlv8bnoDcRuXJ7SC3RjE2NCAoaV7gnJZv8oVUn8"
    "X6ldRlYR2TOo5kImI8MFm+W9jlPWeG/H2zDhs7QC1ooF6ghRLTwLwMyK8H7BPaKwgv1Am/"
    "ClZjukyvSydE2A5VUzxcPi9ZzleVcWwZijcaz8VbwqpcUQyWSemaSWN75yC33/x3zOXwZo"
    "/fEVFFAX5+dF0D0/z4b3PBFyQf9KkMlFESKpUS6GsszopZCr66NoF4G3nY1uOy1Ai4Kxg7"
    "M6SnkYX/VhoScvqIhYffWkwok4rz0BlvBdM2iAyXP2N55HVvCMvdTDyA1eKYpyGMtsVTkc"
    "IFEry9VRlv1IDqwzicQoWeVU51YRudjKlouthFx8Iq+VjvD2cEaf9pgVEMJrfeGr0P/CDT"
    "oNcmn0jJQ1UOe4J07G4oTIqE5D1k1DN73o1fe3Zh7JXSVWkyZCdMwTsjPnF2P9PN5PMP8j"
    "0JD6yo51lKx6zuRSzJsleoaYGesoVQ11cXud6qrsJvuGqnpQl7KFOKA9QSbDPUxTvQCOq0"
    "IwX+XAfJWyeUDyZhlRSNsVlYD6gHkXa/xEzFLcZNRXhtyAqCQaUOEc3/Lur0fo/v4y+jwS"
    "H0adRvja766vLJBpryQ/+6doSlGU6q+cU4QdpwJQGd1/MbKD5sAyMvWuG3aR7Tp7s47zKf"
    "JQ3XETCZEfsWykofhCnx/NJKHfaZjQQgqNfUDKHI+56ZSYPLNOwwCWRSwee47vP0tDrseJ"
    "0pifDAXStXqSNCADXTKgqSEyYsYJD9xo028D9ALwpncq9gRuIPUmfF+YST2xT3YrS5cRUC"
    "Uvr5UeY82xOLvnJ52G7jhXdmGFIofDrezD4Vbi3J1MJ3tWf4ToiLlg1wXXbheBud3Oxpn2"
    "ZQAtOe+4E9wBaR0pGEM8GVFCo+uNjaO6KNZRqurxdimGFtQMVX9l20PCNNWDuRQjCyprmZ"
    "mhI0TVA3r/R6QaMJFNBPfbctyTVzl+m2sqjO6onWUR+KmdNeQmE4HmspOXMREkulNf+CpO"
    "erRJQc+6KdO2B6EvPtCmF6ToL7Rlyo856lImbRY0gPN6x2q1afoCqVAyyNQwOeTidNVbWa"
    "VoQWHY2BWhdOpaF9qqC0ENIJVNOnsE1ePr9kURg5qMypYZFwmj2sGLnaFjZDUnb+XkzLyH"
    "GfyZEWxQsYSHvLgk/puTv5yd2LMJSxqIozt/eDzbp65Kt42v91yVDmC8BnQfkPW0Y8Hcum"
    "kJ2rpwWngWkoXTgGVBO2UDyUd5Q1TDmw+vigBR0pCN0hI0czGOUdZA5wN9gjXYDFO3DOhW"
    "B2IxTMcTcTrme9Rl711hjrdXZjvGSmxPr/IbHQvRKxxy8iBWKHSsc8eP+sLojkydSz/HX/"
    "mJcOv4FZ6hiR4dxwL/bSxMaBP8aSCTtkz438mM887pzX/IjB/LDNpgyZR57o+vU87zNdMd"
    "Us7dMFcJ2OSxFmubrSJAKvFxTBK9bWUmyfSyBawVMiQ3Ap7pnCCLvgqmXNnGsqWvzbRi1w"
    "VVhA31AaUMmeG1q92xRQuNnMhml3qOhaF7wo8093yfGwtEUzDQcYiQ00rCOqj3qFo5WOFJ"
    "XxvKjpMepawn/Ugm3QctNOve0weTThRcK/W8NjMzKkRxuMLAF2XN7J6rLQNTXhFjb5dFFC"
    "Pdwyo6Ml3idFdNcq90C3+wFdWO0NQ1tbfX1A6qq0QRZi75HJRyOTGAs3J9z2IVnyOs9YaC"
    "z95Hsd6YXB36/lZF8I76V+qq2O+XiO5Xb0/JQw8Vds9OQw/Vka+z0E9KUJw16pJN2499i0"
    "SOXGYHjlwm4kbqkk11yabTR1kmaCx1MyNEZLunMUx/zJg3+/xYnNL8HwUSm8fJCyLmjrRp"
    "pqajtOnz04G4CT2F9PKAiIye44HIjToNVQd4jofiZHbH3dFsR920l0Qwz/EDzw1m953GCw"
    "SqvZpjYTT9MuFGPZ4Wb7DW5gbF9/dl1tFBpUcHbb5cFtOFdV2FAGf4OzZEMYQXhKosiH3J"
    "fFj3RlcUBxHPRleIh7V9GXZ5wtix2IoME7k25Y7UOgkbdCkWSszey7ZS7NjAMi2VH/GvcZ"
    "H19+S6IcnIHz4jJTuZTJz6cz+07xCf+wlmKDEJ+Q7oCGEFyydWyf8MNH9bZgkR3RC9zzei"
    "Tyh0sVYaS1caFWTCnA8qbbfJIhc4aqPMNbN8C2uO+3zXNdEW7pfEWWeiyLetsr9slfiulb"
    "wCGMOM7KsCtnFAftSz0KX2KTFZ3cOSOR7fk82503By9eZYHA0E+lPHKqK/h2JXcAr8OBl9"
    "c8zNhp0GsDVCJ04JlW5RI5ggOqNGMMGAzCs/5IRBp+HkTBETmp/NaC0NFdr2bsU0SjCGc/"
    "0gGfvaifg+dtzWSihhTcUsNA1gMtYJj9FVL4CwlKID4SdjQDtGVj2w24XAbueA3U6CHbUG"
    "Cx5jRYnq0IeUwKGYDV4Q2BhVjez2oBIQeLTeGFVSPd/YWSysJLpuC3ylPVzk/Y3oVrBCfx"
    "ze2Opljtsp05PJQROlfxfL6znL/ep4MKYOsjiljfMsx7GYGSqcrWNlxwpXwXIopf4MXVQM"
    "CHvDK4huOXEAOrGw0qR/ThpeQHL45Lv3cZnuLc2O4eRy/8Ls1/8BIFQjsA=="
)
