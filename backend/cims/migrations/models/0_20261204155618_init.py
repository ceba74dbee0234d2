"""Migration 0_20261204155618_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "eJztnetzmzoWwP8Vxp+6M9lO6sRprmdnZ7BNGm5j48G0udt6h5FBcbQBQXkkzd7t/74SD/"
    "Mm4BjH5vIpsdDh8ZOQzjk6R/zZ0w0VavZ7VlEMFzu9IfNnDwMdkn/Sh06YHjDN6AAtcMBK"
    "8+qCWKWV7VhAoee6A5oNSZEKbcVCpoMMTEqxq2m00FBIRYTXUZGL0Q8Xyo6xhs49tMiB7/"
    "8mxQir8Ce0w5/mg3yHoKYmbhap9Npeuew8m14Zj50rryK92kpWDM3VcVTZfHbuDbypjfzb"
    "X0MMLeBAenrHcunt07sLHjR8Iv9Ooyr+LcZkVHgHXM2JPe5Kjsp6sjwTJHnBSbLcqwFIMT"
    "CFS27V9p5+TW/h7/0P5x/PL88uzi9JFe82NyUff/mXjsD4gh6emdT75R0HDvBreIwjqNjV"
    "V6QZMmDH98DKJxtJpOiS207TDVkeLl4d/JQ1iNfOPfl5dl7C8isrjq9Z8d3Z+d/oBQ3yAv"
    "gvxiw40vcOUdwRXsW1LIiV5zqA4zK7QRwWRIyj13YDdDz7V28/lKtALmacRrwCGsAKzBKe"
    "QAXpQMuHHJNKMVZ9sfeBeFO8TxtiXQJ3wo35KXvzrn960vf42j805MA49/PTTA+2oIocWU"
    "M6cmoyTou+GnQwMtTi3ODgsWvUhkkeX5XJTWQ5Eyj5kBNCacJEykE6fE//aaojvxFgVuLS"
    "PVUz7Nr4EkKvxHdE3TNLz3aA49r58xRH5nwPH08uEA6bCYyR9B5nLKKBokdYc9LqsWOJ/8"
    "oNGV96iSeCOGVn0pBRDUsH2FniK1H4xs3IJS3jvxAv8fhGWHCTIeP3ld4WU96Hiwpz3oeL"
    "wkmPHkorFrZj6NCSa2nFKamX1eMjGCR2oyFHZE3LUF3FqQc2KdRxDbhSW+7uIdfwCLtiFv"
    "KVYUG0xp/hc2bMSYENzNdx7FRHBvlX2JHC0mgascDTxghOv7iEAXly6CsUIreQRH5MeOd0"
    "4x3gnUdnaind5NtbAJf25RVQHp6ApcoFnZpcBdt0YiFXzJIfBdJXn0WoAe9hCqFL0ZlaBN"
    "6DaPSNGLwE1uwhva+nSwAGa++R6LXplQJkI4JMue/l+LeCIydl7q1VVKfzbh3THHNS4t1S"
    "SDvXcr0E9Vvn2dq9Aur9rYE2rL8/+2B/cE9Pq9A9PS3Ge5pxBtC/MsyxZcsRById5WqUFe"
    "TU880G9VvId1AF76CY7iDPdUhhyCDPcRj4Vgo9hzHJMrcM/ecY0ZMHVAWsPYeKUTF6iZ8S"
    "HZSdzunldNv+ofUCDw490vdKn1Ol79Ij+eYkzC0vXTP0J/NNmHEeXsN21pZ3xaie9I2aEz"
    "3gOoaMjScZqLEJLCwNqWXtvCrKcmjTvFJTbqH116iavOGVoyjHWRarynHTvVOW26Mshz4G"
    "bNRbrkyItU517leZF/vF82I/My8+kMfa1tEeyh6yAkL62oT/yk++sDdDhpwaPSLVBdoSjw"
    "VxLohkjhoyimGZhhWsq7y9NXNHrirXNWkSQofcIFv3/Gpdv6zvZzr/HdCR9lyfdVJsK9oH"
    "tj63B/NmjR4hrs06KdWhrm6vU121vsm+kWof6kaGEA/aA6xluMdlmhqq305HOa+E+bwE83"
    "nO4AHJkxWEBr6sqETSe4wIcPEDMUtx3ZCAKXtDVBIdaHCJrzj/1x30f3+ZfZ4Jt7MhEz/3"
    "m+srK2Q593IYl1I12CUp9VeOdsGeUwFoNd1/KbG9RmfW7NTbDthVhuviwTrdT1FAdctBJC"
    "Z+wHMjXSTmJ9xMkvnJkLGgjVSI6WryEs/ZxYKYPNKQMYFtE4vHWeLrz/KUHbOCPOfEKU8O"
    "3T/IOlCAIZvQ0hGpIbH8LTvbHHcAegJ4c3QhjHn2Rh6L3ISX5LEwIaOVbSgIaHIQcUmXsZ"
    "ZYkK45ccgYnnNlm65QJRq6XxwN3c9EQ5PmrB9vnhA64F6w5Qt3UYXyRTHli2LKsveAW7GO"
    "RBsi/na60u6BG4rimhsvdVXWSan2dexGrCyom5rxXG8Aicu0D3MjFhZUXaV2h04ItQ/07t"
    "dHdWAhh8zarwu9zp7l8A2uBT/7RI0sm+CnRtaUFUWehliTh7EQJIrThP8qiGNapKJHw1Jo"
    "2S0/EW5p0RNSjSdasuDmLPUnkzIbmsB7vEM12XRjhTQom6Rpannj0nLte7POqhgdZ8VWx1"
    "nG7Igzq68F5Ut3itCLihDUAdLqTc2BQPs6dX9QyXwalNhPg3zA9Tt0SqzryS/2ZKCqxI4v"
    "mJPzIcdE2tebB5W0zEGJljnICb7rkqObTo4GGLuAvvqKkbcGWJq+m5Ht8nfjrZDN3wW2DZ"
    "2cMaOc8kaow1uOV0OA6GXIQbAu45RkB7oc9BGmApuWYZvQT1KrY4jORWEx58bUPx+cYYlf"
    "ThA+xITgh2fllY6E5Bn22XgQqxRd3bbjZhN+9ok0nS+/xF85kb/y/AiP0EJ3niOB+2POi7"
    "QI/jSRRUtE7nfS4py3VPMf0uKH0oIOWOe03e8LYZY/qoX108MZUhzmf4yG7MZSNnv/uHOx"
    "l5vIrFykOQjb7+n1/tmUjlSCmvKhZ95ExoeI303ZP9L0yYs78pDFQt7pCUa52fUycMhtrV"
    "wnb8Ipbpdc4cNoJHrZ1jSSFaQG2PfIlP1w91rrAkXy7bPedm8f24Zr5e25VFFF2EjvcZYh"
    "Lez62l290KCZF8bsSy8xP/WX85HuL+azc55oCiY6jCnkuDKu9uowalfCVbzRXVPdstGTkl"
    "2jH0ijh9BirR7cfdToRMG1c9dnC9OgYhL725/mQ1Mtu+NNf4Cl3BNjb5uXKCW6g7fowHSJ"
    "431rsmOlv8tHvb2dEjLd1k4vb+0UbaWSJFx756Fo35YjA1x146FE13rFvkPB3syvzKSObQ"
    "PdEt5J/0q3OdPbZZ2Hm4jlJJ3H9hcrzjmPbWfWpZwf1URxwnT7M71BCFS3P1O3P9PxU1YI"
    "jbVhFYSIvOxpjMsfMvPehJsLC5rso0Ji83hJQMTckTfF1HSUN8fC3B9WpKuQQdIPmaOX+E"
    "ZgZ0NGMwBe4qkgSp/YTzS10bCcNZmYl/iWY2+k6yHzBIHm3C8xP1t8EdnZmKM7NdiutaH4"
    "9r7MLjqo8eigzQbaKV3YMDQIcIG/YyOUIrwiUk0hDmfm/bo3RoJwk/BsjHgpBffLdMSRjp"
    "2KrSgwkTtT7kCtk7hBl2OhpOy9YivFSVVs0lL5nt4Umrx/D74bktT8Hnak7MFaJs4Irf8q"
    "Vs5v/f7Z2cf+6dnF5eD848fB5enG3MkeKrN7RvwnOgAkBoqXbaGohTKNUO6ATgi2cK/ENv"
    "mfgR4Oy3VCRDdCb/OpoiMKXeyUxsaVRhVZcDPDbWOTJU5w0EaZb2aFFtYST7iRb6Kt/A9a"
    "1W2JywotcVnYEpeZzn4PMIYFCVcVbONI/KBbYUTtU2Ky+oslSzy/JoPzkPHS85ZYmN3w9K"
    "eBNUR/T4UR7+3m4yXxLTErTYcMcHQiJyyIlGFTI5gQlagRTBiQduWmLH8zZLw0KWJCc5JE"
    "N87QoONst3NGA8ZwqR+kYFw7Et/H1ilJu87H9vRlaJnAqrkpeEqufQGEjWwyEL+zGrRTYu"
    "2D3UiuXdIarLiMlRTqQh9yAoe677DtKagk9vnpV0aVtM83dpIKK0m+txU+FtZ9jK0O3mof"
    "Yyt29jbpyWShhfI/ghUcOSn9xntUpwuyOKaB86TEsVgYKlysYxXHCrfBcugPBpW25hiUbM"
    "0xyChY5KWqQTio3kK6zcQBGMTCypv9S9LwIpH9J9+9jct0Z2l2NVYudz+Z/fo/pguUaw=="
)
