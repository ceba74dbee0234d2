"""Migration 0_20261205104258_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "details" JSON,
    "customer_id" INT,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(100) NOT NULL UNIQUE,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "product_zh" VARCHAR(120) NOT NULL,
    "issue_zh" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL /* CFPB: cfpb
BANK: bank */,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
) /* A two-level taxonomy, product then issue, one row per pair. */;
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
    "name_sound" VARCHAR(24) NOT NULL,
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
    "annual_income" NUMERIC(20,2),
    "assets" NUMERIC(20,2),
    "liabilities" NUMERIC(20,2),
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
    "erased_at" TIMESTAMP,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_name_so_a38ad5" ON "customer" ("name_sound");
CREATE INDEX IF NOT EXISTS "idx_customer_id_numb_dcfa09" ON "customer" ("id_number_index");
CREATE INDEX IF NOT EXISTS "idx_customer_mobile__96ec1f" ON "customer" ("mobile_phone_index");
CREATE INDEX IF NOT EXISTS "idx_customer_email_i_a2e5ad" ON "customer" ("email_index");
CREATE INDEX IF NOT EXISTS "idx_customer_created_d55ff5" ON "customer" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_customer_updated_8982c5" ON "customer" ("updated_at");
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "purpose" VARCHAR(32) NOT NULL /* MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling */,
    "granted" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat
ERASURE: erasure */,
    "recorded_at" TIMESTAMP NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "inputs" JSON NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" REAL NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSON NOT NULL,
    "recommended_limit" NUMERIC(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
DECIDED: decided */,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "decision" VARCHAR(16) NOT NULL /* APPROVE: approve
REDUCE: reduce
DECLINE: decline */,
    "approved_limit" NUMERIC(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMP NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMP,
    "needs_second" INT NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner */,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "ended_at" TIMESTAMP,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "erasure_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ground" VARCHAR(32) NOT NULL /* WITHDRAWN_CONSENT: withdrawn_consent
NO_LONGER_NEEDED: no_longer_needed
OBJECTION: objection
UNLAWFUL_PROCESSING: unlawful_processing
LEGAL_OBLIGATION: legal_obligation */,
    "reference" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
APPROVED: approved
REJECTED: rejected
WITHDRAWN: withdrawn */,
    "pending_customer_id" INT UNIQUE,
    "requested_by" VARCHAR(128) NOT NULL,
    "requested_at" TIMESTAMP NOT NULL,
    "decided_by" VARCHAR(128),
    "decided_at" TIMESTAMP,
    "decision_reason" TEXT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_erasure_req_status_f66848" ON "erasure_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_erasure_req_request_aef0e1" ON "erasure_request" ("requested_at");
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
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL /* RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other */,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending
VERIFIED: verified
RETIRED: retired */,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMP,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMP,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSON NOT NULL,
    "post_logout_redirect_uris" JSON NOT NULL,
    "grant_types" JSON NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
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
    "balance" NUMERIC(20,2) NOT NULL,
    "credit_limit" NUMERIC(20,2),
    "opened_on" DATE NOT NULL,
    "closed_on" DATE,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active
DORMANT: dormant
FROZEN: frozen
CLOSED: closed */,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "direction" VARCHAR(8) NOT NULL /* INBOUND: inbound
OUTBOUND: outbound */,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMP NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
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
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Sign-in rules an administrator sets per role. */;
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSON NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" INT NOT NULL,
    "columns" JSON NOT NULL,
    "visibility" VARCHAR(16) NOT NULL /* PRIVATE: private
TEAM: team */,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
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
    "version" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "team" VARCHAR(64),
    "active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
) /* A browser's sign-in at the embedded provider (its cookie holds the key). */;
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSON NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMP NOT NULL,
    "family_expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "severity" VARCHAR(8) NOT NULL /* LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical */,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMP NOT NULL,
    "acknowledged_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "escalated_at" TIMESTAMP,
    "reopened_at" TIMESTAMP,
    "ack_due_at" TIMESTAMP NOT NULL,
    "resolve_due_at" TIMESTAMP NOT NULL,
    "due_at" TIMESTAMP,
    "at_risk_at" TIMESTAMP,
    "breached_at" TIMESTAMP,
    "outcome" VARCHAR(24) /* MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief */,
    "root_cause" TEXT,
    "redress_amount" NUMERIC(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MANUAL: manual
IMPORT: import
API: api */,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised
COMMENT: comment */,
    "from_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "to_status" VARCHAR(16) /* RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened */,
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "reason" TEXT,
    "changes" JSON NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
) /* One change in a complaint's history: who, when, what and why. */;
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
) /* A single-use link; only a hash of its token is kept. */;
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CSAT: csat
NPS: nps */,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL /* BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter */,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMP NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
) /* An answer, with what it is about copied in for reporting by group. */;
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
CREATE TABLE IF NOT EXISTS "transaction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "booked_at" TIMESTAMP NOT NULL,
    "amount" NUMERIC(20,2) NOT NULL,
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
);
CREATE INDEX IF NOT EXISTS "idx_transaction_custome_60d447" ON "transaction" ("customer_id", "booked_at");
CREATE INDEX IF NOT EXISTS "idx_transaction_account_7a1243" ON "transaction" ("account_id", "booked_at");
CREATE TABLE IF NOT EXISTS "alert" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "score" REAL NOT NULL,
    "reasons" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed */,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "reviewed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" REAL,
    "model_version" VARCHAR(64),
    "corrected" INT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
) /* Staff confirmed or corrected a suggested category: training data. */;
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
    "details" JSONB,
    "customer_id" INT,
    "request_id" VARCHAR(64),
    "client_address" VARCHAR(64),
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS "idx_audit_event_occurre_eb4795" ON "audit_event" ("occurred_at");
CREATE INDEX IF NOT EXISTS "idx_audit_event_actor_f3acfd" ON "audit_event" ("actor");
CREATE INDEX IF NOT EXISTS "idx_audit_event_action_3fd1cc" ON "audit_event" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_event_entity__5bc104" ON "audit_event" ("entity_id");
CREATE INDEX IF NOT EXISTS "idx_audit_event_custome_356c76" ON "audit_event" ("customer_id");
CREATE TABLE IF NOT EXISTS "branch" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "name_en" VARCHAR(100) NOT NULL,
    "city" VARCHAR(50) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint_category" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(100) NOT NULL UNIQUE,
    "product" VARCHAR(120) NOT NULL,
    "issue" VARCHAR(200) NOT NULL,
    "product_zh" VARCHAR(120) NOT NULL,
    "issue_zh" VARCHAR(200) NOT NULL,
    "origin" VARCHAR(8) NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_complaint_c_product_0343e2" UNIQUE ("product", "issue")
);
COMMENT ON COLUMN "complaint_category"."origin" IS 'CFPB: cfpb
BANK: bank';
COMMENT ON TABLE "complaint_category" IS 'A two-level taxonomy, product then issue, one row per pair.';
CREATE TABLE IF NOT EXISTS "customer" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "customer_no" VARCHAR(20) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "full_name" VARCHAR(200) NOT NULL,
    "family_name" VARCHAR(100),
    "given_name" VARCHAR(100),
    "name_latin" VARCHAR(200),
    "name_key" VARCHAR(400) NOT NULL,
    "name_sound" VARCHAR(24) NOT NULL,
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
    "erased_at" TIMESTAMPTZ,
    "branch_id" INT NOT NULL REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_customer_name_ke_9f2b86" ON "customer" ("name_key");
CREATE INDEX IF NOT EXISTS "idx_customer_name_so_a38ad5" ON "customer" ("name_sound");
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
CREATE TABLE IF NOT EXISTS "consent_record" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(32) NOT NULL,
    "granted" BOOL NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "recorded_by" VARCHAR(128) NOT NULL,
    "expires_on" DATE,
    "current" BOOL NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_consent_rec_recorde_d48070" ON "consent_record" ("recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_custome_2f6414" ON "consent_record" ("customer_id", "purpose", "recorded_at");
CREATE INDEX IF NOT EXISTS "idx_consent_rec_purpose_6170fe" ON "consent_record" ("purpose", "current", "granted");
COMMENT ON COLUMN "consent_record"."purpose" IS 'MARKETING: marketing
DATA_SHARING: data_sharing
CREDIT_CHECK: credit_check
PROFILING: profiling';
COMMENT ON COLUMN "consent_record"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
EMAIL: email
PAPER: paper
WECHAT: wechat
ERASURE: erasure';
CREATE TABLE IF NOT EXISTS "credit_assessment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "inputs" JSONB NOT NULL,
    "model_kind" VARCHAR(64) NOT NULL,
    "model_version" VARCHAR(16) NOT NULL,
    "algorithm" VARCHAR(32) NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "grade" VARCHAR(2) NOT NULL,
    "points" INT NOT NULL,
    "factors" JSONB NOT NULL,
    "recommended_limit" DECIMAL(20,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_asse_created_545f8f" ON "credit_assessment" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_asse_custome_44911e" ON "credit_assessment" ("customer_id", "created_at");
COMMENT ON COLUMN "credit_assessment"."status" IS 'PENDING: pending
DECIDED: decided';
CREATE TABLE IF NOT EXISTS "credit_decision" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "decision" VARCHAR(16) NOT NULL,
    "approved_limit" DECIMAL(20,2) NOT NULL,
    "reason" TEXT NOT NULL,
    "decided_by" VARCHAR(64) NOT NULL,
    "decided_at" TIMESTAMPTZ NOT NULL,
    "second_approver" VARCHAR(64),
    "second_approved_at" TIMESTAMPTZ,
    "needs_second" BOOL NOT NULL,
    "assessment_id" INT NOT NULL UNIQUE REFERENCES "credit_assessment" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "credit_decision"."decision" IS 'APPROVE: approve
REDUCE: reduce
DECLINE: decline';
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
CREATE TABLE IF NOT EXISTS "customer_relation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "started_on" DATE,
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "ended_at" TIMESTAMPTZ,
    "ended_by" VARCHAR(128),
    "source_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "target_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "customer_relation"."kind" IS 'SPOUSE: spouse
PARENT: parent
HOUSEHOLD_MEMBER: household_member
GUARANTOR: guarantor
EMPLOYER: employer
DIRECTOR: director
SHAREHOLDER: shareholder
BENEFICIAL_OWNER: beneficial_owner';
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
CREATE TABLE IF NOT EXISTS "erasure_request" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ground" VARCHAR(32) NOT NULL,
    "reference" VARCHAR(100) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "pending_customer_id" INT UNIQUE,
    "requested_by" VARCHAR(128) NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "decided_by" VARCHAR(128),
    "decided_at" TIMESTAMPTZ,
    "decision_reason" TEXT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_erasure_req_status_f66848" ON "erasure_request" ("status");
CREATE INDEX IF NOT EXISTS "idx_erasure_req_request_aef0e1" ON "erasure_request" ("requested_at");
COMMENT ON COLUMN "erasure_request"."ground" IS 'WITHDRAWN_CONSENT: withdrawn_consent
NO_LONGER_NEEDED: no_longer_needed
OBJECTION: objection
UNLAWFUL_PROCESSING: unlawful_processing
LEGAL_OBLIGATION: legal_obligation';
COMMENT ON COLUMN "erasure_request"."status" IS 'PENDING: pending
APPROVED: approved
REJECTED: rejected
WITHDRAWN: withdrawn';
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
CREATE TABLE IF NOT EXISTS "kyc_document" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "ref" VARCHAR(32) NOT NULL UNIQUE,
    "doc_type" VARCHAR(32) NOT NULL,
    "number" VARCHAR(255) NOT NULL,
    "number_index" VARCHAR(64) NOT NULL,
    "issuing_country" VARCHAR(2) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE,
    "status" VARCHAR(16) NOT NULL,
    "verified_by" VARCHAR(128),
    "verified_at" TIMESTAMPTZ,
    "retired_by" VARCHAR(128),
    "retired_at" TIMESTAMPTZ,
    "retired_reason" VARCHAR(200),
    "created_by" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_number__a8a8a4" ON "kyc_document" ("number_index");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_expires_f93b6f" ON "kyc_document" ("expires_on");
CREATE INDEX IF NOT EXISTS "idx_kyc_documen_custome_bbef91" ON "kyc_document" ("customer_id", "status");
COMMENT ON COLUMN "kyc_document"."doc_type" IS 'RESIDENT_ID: resident_id
PASSPORT: passport
HK_MACAO_PERMIT: hk_macao_permit
TAIWAN_PERMIT: taiwan_permit
FOREIGN_RESIDENT_PERMIT: foreign_resident_permit
BUSINESS_LICENCE: business_licence
OTHER: other';
COMMENT ON COLUMN "kyc_document"."status" IS 'PENDING: pending
VERIFIED: verified
RETIRED: retired';
CREATE TABLE IF NOT EXISTS "oauth_client" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(64),
    "redirect_uris" JSONB NOT NULL,
    "post_logout_redirect_uris" JSONB NOT NULL,
    "grant_types" JSONB NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
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
CREATE TABLE IF NOT EXISTS "interaction" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "direction" VARCHAR(8) NOT NULL,
    "purpose" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "staff" VARCHAR(64),
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_interaction_staff_87696e" ON "interaction" ("staff");
CREATE INDEX IF NOT EXISTS "idx_interaction_custome_3b3c0c" ON "interaction" ("customer_id", "occurred_at", "id");
COMMENT ON COLUMN "interaction"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "interaction"."direction" IS 'INBOUND: inbound
OUTBOUND: outbound';
COMMENT ON COLUMN "interaction"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
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
CREATE TABLE IF NOT EXISTS "role_security" (
    "role" VARCHAR(32) NOT NULL PRIMARY KEY,
    "totp_required" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "role_security" IS 'Sign-in rules an administrator sets per role.';
CREATE TABLE IF NOT EXISTS "saved_view" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "owner" VARCHAR(255) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "criteria" JSONB NOT NULL,
    "sort" VARCHAR(32) NOT NULL,
    "descending" BOOL NOT NULL,
    "columns" JSONB NOT NULL,
    "visibility" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_saved_view_owner_6e1c1c" UNIQUE ("owner", "name")
);
COMMENT ON COLUMN "saved_view"."visibility" IS 'PRIVATE: private
TEAM: team';
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
    "version" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "staff_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(36) NOT NULL UNIQUE,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(100) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSONB NOT NULL,
    "team" VARCHAR(64),
    "active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "totp_secret" VARCHAR(255),
    "totp_last_step" BIGINT,
    "last_login_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_staff_membe_team_6d1982" ON "staff_member" ("team");
CREATE TABLE IF NOT EXISTS "authorization_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "client_id" VARCHAR(64) NOT NULL,
    "redirect_uri" VARCHAR(500) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "nonce" VARCHAR(255),
    "code_challenge" VARCHAR(128) NOT NULL,
    "code_challenge_method" VARCHAR(8) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "family" VARCHAR(36),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_authorizati_nonce_cd7db7" ON "authorization_code" ("nonce");
CREATE INDEX IF NOT EXISTS "idx_authorizati_expires_49a276" ON "authorization_code" ("expires_at");
CREATE TABLE IF NOT EXISTS "provider_session" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "stage" VARCHAR(16) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "pending_totp_secret" VARCHAR(255),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_provider_se_expires_ea8051" ON "provider_session" ("expires_at");
COMMENT ON TABLE "provider_session" IS 'A browser''s sign-in at the embedded provider (its cookie holds the key).';
CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "family" VARCHAR(36) NOT NULL,
    "client_id" VARCHAR(64) NOT NULL,
    "scope" VARCHAR(255) NOT NULL,
    "auth_time" BIGINT NOT NULL,
    "amr" JSONB NOT NULL,
    "session_key" VARCHAR(64),
    "expires_at" TIMESTAMPTZ NOT NULL,
    "family_expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "staff_id" INT NOT NULL REFERENCES "staff_member" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_family_00f3ac" ON "refresh_token" ("family");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_session_ee6c74" ON "refresh_token" ("session_key");
CREATE INDEX IF NOT EXISTS "idx_refresh_tok_expires_3e54da" ON "refresh_token" ("expires_at");
CREATE TABLE IF NOT EXISTS "team" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "complaint" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "channel" VARCHAR(16) NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "assignee" VARCHAR(64),
    "received_at" TIMESTAMPTZ NOT NULL,
    "acknowledged_at" TIMESTAMPTZ,
    "resolved_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "escalated_at" TIMESTAMPTZ,
    "reopened_at" TIMESTAMPTZ,
    "ack_due_at" TIMESTAMPTZ NOT NULL,
    "resolve_due_at" TIMESTAMPTZ NOT NULL,
    "due_at" TIMESTAMPTZ,
    "at_risk_at" TIMESTAMPTZ,
    "breached_at" TIMESTAMPTZ,
    "outcome" VARCHAR(24),
    "root_cause" TEXT,
    "redress_amount" DECIMAL(20,2),
    "redress_currency" VARCHAR(3) NOT NULL,
    "reopen_count" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "external_ref" VARCHAR(32) UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "version" INT NOT NULL,
    "account_id" INT REFERENCES "account" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "product_id" INT REFERENCES "product" ("id") ON DELETE RESTRICT,
    "team_id" INT REFERENCES "team" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_status_0dc84e" ON "complaint" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_complaint_assigne_c8f3a8" ON "complaint" ("assignee", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_team_id_b12bd1" ON "complaint" ("team_id", "status");
CREATE INDEX IF NOT EXISTS "idx_complaint_custome_d8f91a" ON "complaint" ("customer_id", "received_at");
COMMENT ON COLUMN "complaint"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON COLUMN "complaint"."severity" IS 'LOW: low
MEDIUM: medium
HIGH: high
CRITICAL: critical';
COMMENT ON COLUMN "complaint"."status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint"."outcome" IS 'MONETARY_RELIEF: monetary_relief
NON_MONETARY_RELIEF: non_monetary_relief
EXPLANATION: explanation
NO_RELIEF: no_relief';
COMMENT ON COLUMN "complaint"."source" IS 'MANUAL: manual
IMPORT: import
API: api';
CREATE TABLE IF NOT EXISTS "complaint_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "from_status" VARCHAR(16),
    "to_status" VARCHAR(16),
    "actor" VARCHAR(64) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "reason" TEXT,
    "changes" JSONB NOT NULL,
    "version" INT NOT NULL,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_complaint_e_complai_5e14fd" ON "complaint_event" ("complaint_id", "at");
CREATE INDEX IF NOT EXISTS "idx_complaint_e_custome_fbc5b8" ON "complaint_event" ("customer_id", "at", "id");
COMMENT ON COLUMN "complaint_event"."kind" IS 'FILED: filed
TRANSITION: transition
ASSIGNMENT: assignment
RECATEGORISED: recategorised
COMMENT: comment';
COMMENT ON COLUMN "complaint_event"."from_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON COLUMN "complaint_event"."to_status" IS 'RECEIVED: received
ACKNOWLEDGED: acknowledged
INVESTIGATING: investigating
ESCALATED: escalated
RESOLVED: resolved
CLOSED: closed
REOPENED: reopened';
COMMENT ON TABLE "complaint_event" IS 'One change in a complaint''s history: who, when, what and why.';
CREATE TABLE IF NOT EXISTS "survey_invitation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "survey_invitation"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON TABLE "survey_invitation" IS 'A single-use link; only a hash of its token is kept.';
CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "score" SMALLINT NOT NULL,
    "comment" TEXT,
    "channel" VARCHAR(16) NOT NULL,
    "staff" VARCHAR(64),
    "answered_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT REFERENCES "branch" ("id") ON DELETE RESTRICT,
    "complaint_id" INT REFERENCES "complaint" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "interaction_id" BIGINT REFERENCES "interaction" ("id") ON DELETE RESTRICT,
    "invitation_id" INT NOT NULL UNIQUE REFERENCES "survey_invitation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_answere_432180" ON "survey_response" ("answered_at");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_custome_9750e4" ON "survey_response" ("customer_id", "answered_at", "id");
COMMENT ON COLUMN "survey_response"."kind" IS 'CSAT: csat
NPS: nps';
COMMENT ON COLUMN "survey_response"."channel" IS 'BRANCH: branch
PHONE: phone
ONLINE: online
MOBILE: mobile
SELF_SERVICE: self_service
EMAIL: email
WECHAT: wechat
LETTER: letter';
COMMENT ON TABLE "survey_response" IS 'An answer, with what it is about copied in for reporting by group.';
CREATE TABLE IF NOT EXISTS "team_member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "staff" VARCHAR(64) NOT NULL,
    "team_id" INT NOT NULL REFERENCES "team" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_team_member_team_id_d3d809" UNIQUE ("team_id", "staff")
);
CREATE INDEX IF NOT EXISTS "idx_team_member_staff_8dc536" ON "team_member" ("staff");
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
    "reference" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "account" ("id") ON DELETE RESTRICT,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_transaction_account_402808" UNIQUE ("account_id", "reference")
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
CREATE TABLE IF NOT EXISTS "alert" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "reviewer" VARCHAR(64),
    "review_reason" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "reviewed_at" TIMESTAMPTZ,
    "closed_at" TIMESTAMPTZ,
    "customer_id" INT NOT NULL REFERENCES "customer" ("id") ON DELETE RESTRICT,
    "transaction_id" BIGINT NOT NULL UNIQUE REFERENCES "transaction" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_alert_status_06d429" ON "alert" ("status");
CREATE INDEX IF NOT EXISTS "idx_alert_created_547878" ON "alert" ("created_at");
COMMENT ON COLUMN "alert"."status" IS 'OPEN: open
ESCALATED: escalated
DISMISSED: dismissed
CONFIRMED: confirmed';
CREATE TABLE IF NOT EXISTS "triage_correction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "suggested_product" VARCHAR(120),
    "suggested_issue" VARCHAR(200),
    "confidence" DOUBLE PRECISION,
    "model_version" VARCHAR(64),
    "corrected" BOOL NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "category_id" INT NOT NULL REFERENCES "complaint_category" ("id") ON DELETE RESTRICT,
    "complaint_id" INT NOT NULL REFERENCES "complaint" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "triage_correction" IS 'Staff confirmed or corrected a suggested category: training data.';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);

CREATE OR REPLACE FUNCTION "cims_audit_append"(
    "occurred_at" TIMESTAMPTZ[],
    "actor" TEXT[],
    "action" TEXT[],
    "entity" TEXT[],
    "entity_id" TEXT[],
    "field_names" TEXT[],
    "details" TEXT[],
    "customer_id" INT[],
    "request_id" TEXT[],
    "client_address" TEXT[],
    "canonical" TEXT[]
) RETURNS INT LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    "prev" TEXT;
    "current" TEXT;
    "n" INT := coalesce(array_length("canonical", 1), 0);
BEGIN
    PERFORM pg_advisory_xact_lock(7340021);
    SELECT "e"."hash" INTO "prev" FROM "audit_event" AS "e" ORDER BY "e"."id" DESC LIMIT 1;
    "prev" := coalesce("prev", repeat('0', 64));
    FOR "i" IN 1 .. "n" LOOP
        "current" := encode(sha256(convert_to("prev" || "canonical"["i"], 'UTF8')), 'hex');
        INSERT INTO "audit_event" (
            "occurred_at", "actor", "action", "entity", "entity_id", "field_names",
            "details", "customer_id", "request_id", "client_address", "prev_hash", "hash"
        ) VALUES (
            "occurred_at"["i"], "actor"["i"], "action"["i"], "entity"["i"],
            "entity_id"["i"], "field_names"["i"]::JSONB, "details"["i"]::JSONB,
            "customer_id"["i"], "request_id"["i"], "client_address"["i"], "prev", "current"
        );
        "prev" := "current";
    END LOOP;
    RETURN "n";
END
$$;
"""

POSTGRES_DOWNGRADE = """
DROP FUNCTION IF EXISTS "cims_audit_append"(
    TIMESTAMPTZ[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], INT[], TEXT[], TEXT[],
    TEXT[]
);
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
    "eJztXWlz4za2/SssfZlMlZPqluPufp5XU0VLtJvT2kqSu5OJphiKgiSMKVLDxY7zJv/9Ad"
    "zEBaQIiZRJBF/SMYkLSQfbxV3O/b/OzlwB3f5B1DTTNZzOrfB/HUPdAfQ/6VdXQkfd7w8v"
    "8ANHXepeWzXWaGk7lqrhvtaqbgP0aAVszYJ7B5oGemq4uo4fmhpqCI3N4ZFrwP+4QHHMDX"
    "C2wEIvfvkXegyNFfgN2OGf+ydlDYG+SnxZuMKf7T1XnNe990w2nHuvIf60paKZurszDo33"
    "r87WNKLW0P/6G2AAS3UA7t6xXPz18bcLfmj4i/xvemjif8WYzAqsVVd3Yj93qRyedRRlNJ"
    "4rM2muKB0KgDTTwOCir2p7v36Dv8L33fc/fvzx0/WHHz+hJt7XjJ58/MP/6AMwvqAHz2je"
    "+cN7rzqq38LD+ACq4e6WaBgywPa2qkVG9iCRQhd97TS6IZbNhXen/qbowNg4W/Tn9Y8FWH"
    "4Vp73P4vS76x//ij/QRAvAXxij4E3Xe4XhPsCruZYFDO2VBuC4TDUQhw8OGB+WbQRob/Rz"
    "5zIolwE5H+M0xEtVVw0NZBEemgZ4JUMck0khvAIa3Kn6D33/37rQflcT0gXQ9qWePBQH33"
    "XfXXU9dO3/6NDx0X0cSlO5F7xKzWALrKCj6HAHHSqM04JnAx3sC1Q417h1VA+1uUcArBT0"
    "NTI49xEsZJgTQmmMkZQDd+AH/D91TeU3glicS+mZqps2NXwJoTPha9EEzaJnO6rj2uRzSk"
    "JnvgefjD4g3DgTMB6kL3hiIQ0UPgPKQ6sj9ubyV+lW8KUXRn88HYqj+a2wMq2dajgL4346"
    "/qc0Qh9pmb8DY2H0BuOZ1L8V/LnSOeHIe/+hxJn3/kPuoYdfpRUL2zF3wFKotOKU1HH1uA"
    "WbRDUa8gHZvWWuXM2hAzYpxHENcMV3ufUT8eIRTsUsyPemBeDG+BIoFvE9JwVscH3txbpq"
    "Gch/hBMpfHo4Riz1JboEpxcuwgD9cuCrFFNpNkcqBcKbMI0rgHdy6IlRdJOrNwdcPJeXqv"
    "b0olorJW9Sm7u97n98Bve7QPb+yxToqvdT8md02E9rtY4M5onJiR4DbEBCfZ+JlHzoiVGs"
    "0BvDrgSr+aEnhhaztzDNrhlbkImlmn216+7ST1RD3Xg/CX82/qTQMqoDi2wy9V5cFRpMoy"
    "bcXNompeWqwFxqa+j0JJypuqnmIBtJpMBdY5H2LkPirXL8eDeQhMlU6skzeTzCn7J7tf+j"
    "H14mjSFTSRyktG8LqDZxo/vHbDwiIxwTSV/goeYI/xV0aNeGdOd/167hbanC0oW6Aw37B/"
    "x5f6/LllqAP4bIw9wOMA8vkN8NxZ/Sd0t0qb3zIDNtZ2N5vXgd3LXMLpDZXTyLGK1RYDzB"
    "F34suTCkWU8ciHN840eNVB1/vYXRl2dDeebZAVbQ3kHbxk97aFLK06FnHTCNNbR2TTEQWO"
    "AZghc6105c5qTxaph+lcT4Qxnvzod8786HjHfHx0vxN6As0HPwW86hkBFkAe0CdOfST/Pi"
    "nSk6Jwbj0UPYPL1dZTwTGBtFJVxy+4HpNtc1EZMssvri/6lpn6pz3qPftxob+msnuk/kjo"
    "w8RDdccThJDA+2D+M33eQRHjz9Lr0PRZ0I3+T5ZwH/KfxzPJLS50vUbv5PbKzoqK5jKob5"
    "oqirGETh0xBG0rZ2yqinRCsY9hYtwAYNc4hJ4TgHfpkT1nZckI9xo8eY+zBq8mHEbEZEcO"
    "/gJhffrGw1EDfBLvA/3e719cfuu+sPn25+/Pjx5tO7COnsqyLI7+QHjHpi6XCXB80OVpHL"
    "I98qnzULEtdHdjDGBpib6D8lh+JMq+qbLouyY5HdE8oMx3mWV3cFHekZ5ESsHt5eFdpgcT"
    "sFRA0bY4kt2oEZM8ZeYNO9KjDZmpoXUHmKLpkSZe+iyJI2iZa1SWXtigQuZpq8mKnrffdT"
    "GXti91O+QRG/+yMNMPG8LESY7JBkAOLqrYnojIIOVaT4QeJyUXetB5h4ITqGMfkmVJWZlq"
    "VZ7HeE/6Jy4qXEuCOvckfeCjgq1KkGJSZy1oC0x4ZWC/JvZ+dq2NZTsZXLAuhX2eRI3SIn"
    "Z1yKBcdb3Vu6pkN0CmJdHE3ynFCAPGN8WpLjfRzvvQWela1qb2mgTghxdbAEzLQIVwtug9"
    "Jeq4E2Y/imMc1WaTdEo2PB371Y2B561iGaD9ONroqtiLHmaEYE7RtjTPyzWBJrC+vEQ0q9"
    "4yaE+KZQVo2g09YSQvxYKxWUtoIW0BzFtSCdXpyUYxDsm3fvSqCNWuXC7b1LBchq5p4QEp"
    "4PdCRwwVTZuowYSXy7Nzcl8EWtcvH13iXxNUwiu0MBQYlJ9te231pXC77eMaZtVR1/DBXQ"
    "WUkG94xaXClJ5JQd0gJNumMxrwMGR6AM/vnoZ91YSJlXQndtead8QoyloLOLuOdj8O8ITt"
    "p8E3TQnPsDKrdK28C28XX2CVD5HFNi3J5XwiWm7qBOBfJBgj18r8ukOl3npzpdZ1KdwG97"
    "dHOxTwjwSUry+J4mx/e4p+UDuDwboB3jazvqek3nIo2LsKSS1cW54+GVxZc6+nyG+xmCkA"
    "e0ZSCXDXqOz65EuHNPnPXEvkQXfF6dh+POQqOz7RDcGsGbqyJfxvLQhvsv2rSur474L2jN"
    "B0x6LarPo/f+pYA2bM+gIeZ9KfP5+wLz+fus+Rz/qwCqsOKYCEe5HMoaZWSxxm5c8U05H1"
    "CBC4hAkdwiIoLLQs8WEwFFjEs2/PNcTkD2Uj4Tq4hzApbHyo+KOBOmMY6C6nk9MQpTzn2X"
    "BiS6q24rQXKtZ/CqoI1xj9qRsjao8PJ6mwadMQRZnTf6A90r4VKf4ILNv9driWZ1Xu1/ib"
    "G6rVBTpLygFr90VNuGGwN4gx608J47QN0FZpT441R+gwU0AJ99Xehf3HpwUevBVjUMoJPv"
    "B8c5/mLiTb4udO6m4qj3+VbwLWALY/IZKYa3wh59Y7AwxqOBjP80DR3iv4fjO3mA/t6ZS6"
    "ijv2fS4B51Pf0q99BTG+hrxQbWM9TQO2koyoNbAexUqC+MbxK6KMxvhReAkHEWxkCaz6Xp"
    "raADx/FPkbe3atjgGVi5d8ISvI4x+UYP+mD8DSFvvqABlfry4xANKFhBd7cwPssPaDJs4Q"
    "ZNhd5Unss9EY0hknWg5tejeeNAlfgvyQxTPrdgSqzJo1OJn6sOasGmk54SwlXC87NDuUCm"
    "Uk+Sv2IC07CHhSH2vozG3wZS/wE/RyoOugPrYLXB7+TRV3Rzlh/EuTx6uBWg8QxsB26QWm"
    "hs8rhTp9JsPAg+wzZ17zOSRVVwG8zB6rfxaxo1Y6eMazVlrWdxGfYCOOoIWT/ofhmYj5E6"
    "JkQZNKG1xGRWyscf30pOGGyCOI/paPJ4h9v9SQs7IcrHucnjzNla2R/jSJ87Jc4yJctHus"
    "kjHSrgJ+3aCVE+zk0eZ6ROKYEBl14Ri0lypbvRwxxoUicOdVaaD3ejh/u0Ya50ePmeXd+e"
    "7SgWtJ9O2bMTknyUmzzKSwuo2vYkDSwlyse5yeNsuo5m5sUXH3c0xMQbbGbuDBF6c3H6sz"
    "KVBrJ0j32qBnBUCwed6BCsF8ZoPFIyrQz0ezItpZ8mA3EkzuXx6FYAv+111fAiUnAfMcmg"
    "/SkuhG4Z83Y337zdzZq3TdNRNNW1CQNdUCMsIdXg8W2sF88CHu2gou5M1yBspEM0uV7ztN"
    "60aHojBRrcqfoPff9fpgajL/XkoTj4rvvuquthf6jYOXocSlO5F7wiw+1x5hsaVbw5SfaC"
    "ztPe6OdOTTinkp/L5D7npz5nIcfmFoQjcX7nBkalxS6XO/muLpQrppa1TdfKYx0qEQAQSV"
    "9wDu9Uww3iVmjOZnH0iONefOmFIQ8n4+n8VoC7vWk5C0OcyLeCuoennKTVO+PRYQksQ9XR"
    "8U6I6y0gcU/JVXKaNijt7bpbZl/p5m8smc08zExZ0qUNJaSYCD2qnRWRJw/9SZKHEmQW+9"
    "WJo56U5KPelFEn3PczqRbPwLKJ0Zy5mlpM4nJK2vuWKGmq5mmwdJwhSaGaqipcdsFUDKuG"
    "fvnGtMiFcvLLVSSlOB0LCVle8LYmZPeWuXI1yq0gKcS3AkId4UPqVklMYxIcUF4RuBTIZQ"
    "mZylUEJh1lVeAb5lf2Yn2yCnTyLC8BdLCVVoDz5NBTu7aKsuAmT50S2AYaawXYioee2MQ2"
    "qdyXwBYfVxUAOw+6YRPV2JlOXYU9Zrt9Pp+yItqEo9LfjOzAJEYGaDxDR62AD8XnZJCj7t"
    "iZqZzI4jzIUBfqBqBGFq78cv5Mm3v99aLuWFqhFyEAiZTLIiKQuAZaghBEiWvBR5lBOqLg"
    "vJjf62i71gVH/c00zN3rlRBoLYKzBYYAbRvPddMAgmW+CHtgCXsVWj+knYTn9LUwFsavvw"
    "ZNf/1VUI2V8OuvXmv8lwWwuCAZGx3aWwHNJvT7he/ws9795O4v9pWwNi0BOrYQ/HwI7L/+"
    "Ldan8vs22a3/wOthCw1gA/yl7B/Qa0yXiV4hLeDV9hrYaGSEF/z11YXhfTb6HYIFXkxrBV"
    "ZXgm2iP7AD1fY+wMRMKoL9ajtgh7+Pgd6u0RPHFNTw670Ky1f0dT0MCRwsv8RVbO/r+iwp"
    "nHL1rUhTOOVqjXyVuffJogKokQiDjuf33VIodwtQ7mZQ9vcRCowjAQYR7paax92CedzNnc"
    "foaDlhKgdSDGJd32ymRDouwyDOtcxppEptYA5hc4mY9Uj6grFxS9V46tAh3sFq5K2grffL"
    "hXEnjr7cClEvb1zADF2tnknVy0xTB6qR5/YOhVKwL5FUXbiHSsllw5fvxuOBF/oRBoTcye"
    "lg8cfhnYT2l1RwM8Fhy4OzGAvTqZbZObxiV2XWbOE84HamNtqZfPt5kZEpsrCXsTCBqPFR"
    "89LYAAJmDN0AARrY/BF28hdb2ELbMa3XW+Fla1559hX8X9XxjCgv29esgens3srQ3R5+p2"
    "8cCQlvU/5of6tH/09HX1tUdJQxY8xFSo3mm2ye0I8/VW0NZZt8SejcywNMoLiGOmZUnE/F"
    "0Uz2MyXRWBg29BMlxdlMfhgNpdH8VvCZCndo9WIGxh46fB/GU3kW0EEGhlOPn7E3HvoiaD"
    "XsgtX+9gkha8vcKeexdaa6aHCiJefqPDIbkE533lxIdMBnQntnAlJBTEJUXQFlayjQ5A2+"
    "MUlLp7CPMHoPbsm9l5Ceks1KQld6m45s/CDR4N2ykrGsg6DAv7kQTitcrz3HrnQQSS8mqD"
    "nCfwVco742O+r/rl3Du3ALSxfq6PCwf8Af+3dK22oVA4IhKh6QNPapBYM7SA9ISxK0Gu82"
    "J5jIKHNeUmIcW55O9IZpGnH7bFV5BC2EuXT+QGr1lsnU4JkwlWfC5Lsw6rUxGzYwnCnQTC"
    "tp/SQ2uCq2MHtNFevQtt7KZunN0bWQyuDNNf8rBPXJsPU39s5nLfJXtKUaeLrxEmYXjcaL"
    "DcYpdp+YeJPv/52hOP0i+SacnWo9Ad98g+6OojJDqq/3wsPIRj/be9ebSn15rvQ+S70vuL"
    "oVWEFH0bZAe1oYk+n4Xh54QnvLXEMdj2C54ayZfSZcRZnhLIxxiEldMMjhbe6jVQY58PJ/"
    "x8v/JUv8TcQJrui3V/fAyhb8k6bi7HGKhNHPtl0LNMMkGj/AMkN9tMhSXPQyVrxLHk9sGf"
    "GCwaKj7kqJNXkpnxx0WiYQD7UqCDrNBOOB3/YQDZ5CMhrhRUUGOylVtJ6YMqLi9ZGxYUSq"
    "M8VJH5Pi4YwUJz03GHFeD27NoLJmeDcm0baBbe/yYubSba4KbRr+HUxNNr+oWSMWnMztFB"
    "e1U0Bj75KihfMdfgcJ7u+r3N/nLU8lPy6QPCRJKQY15eoDRnzIct2rx7DO97KyAHcN4U86"
    "jtt0tgRum4IQqLgQgzBXb6bcW+ZSXUKkcJMYxnRTzScejMulsF5jwRaiXXTxGz/eDSRhMp"
    "V68kwONvLIauK9TN5dppI4yNqE6TLuIwEG53KZqZw/k7MT2SQnMeVTZ0YC/DpIuGivvXBS"
    "Kj0vJtIMRQ9/HjOKHrZu4rQFbODU4Q7SVgMiSJ9dEKhpi6Bo/z6tItAplYB4BSCqCkDn5T"
    "ucmexwGtR7tJBCTzOF/24ijfq+r9qXXxh4VvZx7gFee6umpB7wyim8csobuzMZy83nLgzu"
    "wuAuDNIg4YOPbFEL2RTGBpib6D8lSCg8v0Q/1mMr/c5kQgVqj0+EQ66/J47UUW9PfKBq9f"
    "Vwd84l3Tn566+c/h2Xb7LO1xEnk+n4q4RLQe4t8xngzN/+Y0/Ceb8rVwOeMu5H0KHfhEPo"
    "mqGMB1/3lEt/VpTf+I/e+C+eQdoiSGtJIQ2uvpS3zaQUE8DXfdsMIaO/bSYlGUyBZ/i6aQ"
    "P0W9HQ+WcBFaMEQZSFHPm611kStlPWG7mHCtZdw0aiJcusVNC6AcDKVvyRI1xmi2KB06IX"
    "DAiOnrQ2IvgQhUhZRTUtV41JrfWXxYxBjcbkQxqW7JiEFp2yxjdCcGqrhqWsCS4zJcsY4c"
    "6LDQ7tmiQbUczmWWAdirfiZqE2rfSrArNQZA02TCofYFKMuUohpUj/Czj/s5T/zDN6yqO+"
    "/FXuP4oDTNq3gs9w5ao6ZuOcTsZTpLlhPk5rb1pBqtjbW9zW6FMV7w+KmZ8QavKAnDzza6"
    "jDsFZ3UH+lxzopxt6dtJaCRBv4DAxqrJNSHOpSUON/FeytpEoUSEqxB3UtW4gH2hOgsh3H"
    "Zeraqt9OR/mxFMw/FsD8Yw7MtunSpRklpS4GdadzmflcxnLYzbccdjOWww0O0M0x0R5XBw"
    "/SFwyFdA1M0mxQIt4Zih41iYqJSe4l/6818P9+HGEW6NGtEO/7zbXCJbScrRISGmStueQV"
    "kJT6M9MkGF7wjkrONCraQhJiF42nvtA2Um0iDAxQPXETiYk3WAPBxjC5L43miuyTu8OVbz"
    "XDxEazGbpYzjG3kW3jCrYL4/MXZSj2xLEykaZDGb3aPik7VVNNZQ+sHUQt5qL8TRxF7x0V"
    "vqhG9HY27sniQAmZyMZ9tFvZpgZVXQn5yMwVpmCaf8akSl6x3FN2repPFDScaMiXdH6/hF"
    "CDZ8GpC+7mpgzMNzf5OON3OUAr3m88Ce6DaE2gv51SWr2X1dQ0dx8FhJbFOinF3tyu5ToL"
    "dnvdfKXbQ+Iy7MFcy1UWhyFST+iEEHtA35TB+SYf5psMyjvVgg46uM9LO8v20vw710wePe"
    "B7lo3gx/esoTidyjj5DP0YC+JaOH3563ja8/LR4LNpafjZN7k//oYfvcCV+YKfzKSJOPVr"
    "7dhgr1p+rZ1m3tp88kvFo8ikWVZpOfZWVi1aUBw2ekWILM11oaO6kMfpSnc6BwLszeub92"
    "Uu1KhV/pnxPnOp9vCin9ApMT6Tj85kdbVCt3nCsZwffh8TYWE2Xzr8njMcZOd1xQwHqmG4"
    "Kt4HNJPkfC3K4ElLnp3A057ZfmL+Dg6iIxEBFaEciXB4j8GrQ5/2C5KKvhVgnJLjQB8Duo"
    "20KJZp74Hm0F5MJ9PxbCL15l4RD68HXAp2LnvZmpoDcbJmfzwdirh488q0diou9pws5NqM"
    "6+bTq3amYSHZQxs5bb6iKX3v2RWegQXXnmFB+mkiT73ivB5tvFd29x9oxP2yu/9GI96UEX"
    "TUDRXpWdieM54Va6YnMJ75wcSK6qCvtXQdyiqjJOFmDBJT/MNWwMphb+Fe8fMMqPwEefIs"
    "XOVqTzQ0XUs72dN/kL7gKYNG2PX1O7pooZEXP+5LLwx56Hv44c7374sTGfM6wGYcIZzV60"
    "+YZu3uVycOelKSD3pDBp2Q9Bt8+9YV235f18hWzDmsWtoWnpYxnxLlqfLNWTXZvRIXFTxp"
    "lBOCfIybPMZ+jUq6lPyEDGe4PM5w6QOWRZia3/Iu6qhlAJdNrU9MLWpuy9gRpWmmSyw0EN"
    "JV3n85TlQp+r0whHfyHNeBdTZEuA9WAdLM3V5XyQUraEDqhf0wD5QCnkF1cEnPJ9KItAMz"
    "w64CK6+XqVdTl1mo0oUMzwWtAqaaNuAWGW0V0yUVvqWBLGAMibdkGzJSUjhHLItYUHpesQ"
    "D6zva5S1Pye5v6nbGKGXoMMAMTnmjn4SUfemIVLOxqR125FWz8X161ftATq2hFFaTUCmbX"
    "NNEZq5DZYOORue0Azu7DHs4zYZv5HQ6j/phFzrWewSs6Kp+hU8V8m3n9yVF3jONmAXuP9f"
    "dKUJsGnbGKGXpj2JWcmfNDTyyBlaX5LCCgjJF7AdVxraI5SFHZJdB572N9ttK2XzwVn1Xd"
    "JcRznI7X17BDRsA6kd40mjYFNKfxqXWc7lSJz27Oe9oqh8qVkM97qtqKuSa7JfNyBwKBM7"
    "l9GnoalCT3QcuPYjIGrU/y8DVsp6o6BMIBBrZ57EzD2dJUs87IcXAJNa2hZTuKuUcgILWF"
    "YIbLX+YE0T8zmdfeMleu5tjKNgCr5DTNyF3Oy/+uJZN0i06UFdibNqnYV2EZiZQkryJBUU"
    "UCY4dX7xnQp8U5/pT4h1RqqkVbQIUgzdGnRF83VZJj6hjsoRjHmxLvnWk5G6LefBTzuCjH"
    "nRL3F6DqDiFm7ijqB0GOOSXm0LBdK4xApIQ9IcuRp0A+0EWUpaqTsb9Hm3eOok6QTWG/xs"
    "JtU9aLbjnjx7uBJEymUk+eyUGmZBRS7b1MAj6VxEEKcX+LOAnwrCjH+yjegc53Ct5ZUY73"
    "UbyPENkUwH2MyKYs2i2ymlSAtw8XmqSn14hKddF8lso0j+TCGIy/3Qq6+eL9nzRVhnK/j3"
    "ks0SNgKTu4WnlslsHT8O/HySTW1t3vY20/yw+fb4Ut3Hjq3NtnDFtAw3Raykp9pTH6psW4"
    "zTerBOmq7SgxF/8JWWc5XfD8sybnn629sFEir13uekrIcMt0eintTAM4qkVAtODgjwtxDe"
    "v4DQL9JjTRKQ+ClNTlpu71h5uWTN4V3PiE3UhrorwKpyX5ND46jYN0S3qw04Ic6+OX4C26"
    "XAEdKbcEbuICgqykGKfGSmg2lfCXFWR55m7lSSGuhKT3cYyPeyK7UlKUPaYdlvT3INFe2a"
    "nWE8FrADf50WUpSWbW0P90u9fXH7vvrj98uvnx48ebT++ixZR9VbSq7uQHvLASY0sIRYvd"
    "eOlHgSTNR+K0kYiCjqlCflNS1YDf+uDfDJtKPutHNu8hOyTZ8QiD9Esyr/RiHbVqMMoyr6"
    "SmYYJ7pSfOemJfSlGvZHNNTgj5j3IkCkL+43kUJUL+rXhzHvLfplV/JeSH/D/B070roezl"
    "3Cr0QHdmk/HjDNf92puuDXCF1Kk08uqjWgATqX/Grz+PB31lKOHQglthixtuTQSHn7q6MB"
    "4exak4mo/Ry42rorPdMdFTaTgZjH/GEmG5P1xDDF1mvYYraAHNazdDNynvE3BT726PO8et"
    "76SRdC971VXH30b49RKBtoZebVXzxTitjup1mRJA1/kVgK5JbPyWQx01npT6MweMh8y2S7"
    "o6MwmpJi+y8rtZ0pXY/VTGl9j9lO9MxO/azD98WfTbyUVbhoAYIERP4tSMyXGXZpNNIv5I"
    "0e2gcRn2KPVr2T59Xny6u3ZChjOXkqxJqoXuO3SoJmQ4qsf5YPMKQlDzwZ5jlWjGjn/ULp"
    "FYsjmMsNkJzLEtg21i4VKz7VLxjZxoHvKJMQpsQxFzRgnDUETbwa1CrdpJrwqsQpwI4qR7"
    "fhiSamsmKfJjtlN1/Wg8ayTM0pl/3f34IZqk+I+i+TkbioMBgcAgDFA8DV+COEeYHON4Gs"
    "BZaY5van9Y72iur0FzBi1/9ZSY3iHFi8QvfDwz5yB5yZC79qbm6HDtHetKDmdbAeJZUQ55"
    "GcgdmFda8rijLpRt8k7SmQzEuTx6HN4Ke+xpRj9qYTyMB/1bYWPqq4UxkwdfPQ8a1J8959"
    "l0PPqndCssLdP4HZziKKs+lWllQVzjLDtO+ZGoMREehZowRlcRhepdXJXcSnX5Z29GsMlr"
    "58RTuPqarG2LT23KAdE6bwwPyuNBeY0bjIYG5aWKbxDMrtnyHPl211RhEG54bd16vyowvG"
    "4s0z09IO8g3WRtpYOPp/5U/DZSeuPRzIvGe4HOdoUWqaEEBbwWxmisDMajB2mqjCSpL6F7"
    "gGEqumls0MI1AFgBdCcY3/1D6s3RjepWMJf/Bp4muzAeRwPx2/3jQJlMxz1pNpNHD5hQQV"
    "df1q6u7C1TA7aNRnlhDKQHHHt3N5AfRL8bHWxw7N1Sh5so3PXtA/AssAYWILK8FJiP4kJN"
    "nhCnxj+8e1fm/vbuXf4FDr/LhDo6LuECV24BHqTrwjuz2XX2wFhh0CgX4UQa9b2FEcgvDH"
    "GC1stXvNDQ6WOZz3iBTSW8wPAzC+D1hZ9Fyze2bJtx/Q5+inKadpojXQmvCAOHVnw38lQP"
    "6nCstByLe1IdMVkH3Oiv1WlZ9vI+GY5qXQEN0kc9JqV43GOpNRaCRr/CkpI8iLjJZis8Vt"
    "igi27Pqk0yCM/Bb7mcoBlRFpZW0ehKP82LDfLR4OKLWtg8baVvbDbvW29q9UbD5psDecwm"
    "nUnwraM25d3etJx/mMsOwXR4eHlVZDWEXjPl30G7YwZDbDIWVtarYLmGYFoCrlcKHcFcC6"
    "qwhjr4mwAdG10JcacCzma0hZ1qP4GV4Hn1bcFE+tgP6Uthdb1ys2WzzJbAcKBDmZoTSlyQ"
    "lDW+J14gyKlyMyBeJIr3BwXSCSEGr9zdm5sSOKNWuUB77whI21u1e/OBGuuD2MWMgC0OGU"
    "DngYLOgyzKhbURYlIXrIrwNnp4hUURmm7drsS9NH0cjTzLNpoghmfZ7n2Wel+wEVvbAu0J"
    "27B74+FQnnuGbV8LcXxr9/3jzDd2r10bP7kX5QF+sFbRyl41w8rtmJiQ0zJfqEokJoSY4a"
    "KqjlkvSP6nhDUtxoFNAwt+g7aD3SqUyGbkOLRpaPeWiX7lTvEY/2gcXWk5Dm2GMNnd61BD"
    "P54aXIIkhzfrQcR3/Cyq+WHSBwkeJV1slD2Fq5fzE3F+ogagz64ndw0NaG9PGvaUKHcwNt"
    "nB6GAqQHz401G9JKV4JaOj3q0QsQq8W74HZR7rsF1Il6YlSU6yhIsLfQdh9DgYFLm4EjQH"
    "prUiXObuAsH7L3Fy2SLYp15XLTyr8lD/o35PYIBZrjPwgOlRf6B1aHrUJTjfAsGnDRKiyG"
    "LPd2cIfm9gJaC7uuBsVUfYqrZgmILcRz8Bc6jihti5Z74YWbdgZT0vjIUhoj6+98UEdHSu"
    "bCQGsPhfbPz3Blh79LmoH/Q56BNWgg7UZ+C3Cv1DgqqbBqjD01hEGs+Ys/EiNPH5LsnYWN"
    "N5cBJi1dxq3nY46s75DEMnDJPq9pgUY/D62C2TntDNz07oZpIT/m0u6RTLgwAPmTquVAbR"
    "MZXok0FETssALqtLHuZVAyOlIlU+V0OKK/tHdaT4VeO4liQKNlInVoK/BoUd6h4BfuvFNy"
    "GdQ10h7eL7vwveD7pCrVbAM13aV0IwmOj/TK83O6soVd05D6NqVhgVbWhPtVE9DdJSaknt"
    "40FqFwlS8+Gj4sCJiXDvTvXeHXQOKN45QDcmcSk+LJUPS3gk0wxKXIYPSeVDEuhGNCMSE+"
    "EDUv3WxR3T3DHdAPTZdUy7+9WJo56U5KPelFEn+Kkjx1RJmrGESawSP185c1hLPKv1+vgM"
    "B1h+6eAOyYAVe31VaL1KNayTI+yXTP6kprmWFW0O6OG/uJuskW4ybasaBtDJ6tXxlJCYeJ"
    "P1rM7dVBz1PmOyYPQztgtj8hltrLfCHn1jsDDGo4GM/zQNHeK/h+M7eYD+3plLqKO/Z9Lg"
    "HnU9/Sr3cCVRoK8VG1jPUAO4CqgoD3AJUBXqC+ObhPQrzGcGEDIOJhibzzFpsQ4c57Rqnj"
    "WQFHuVSXP5cI8PeqKDRg+7PLobP476twI0lpgaDw314zx4ZLrOMqTLox2UMup3vvKdUb33"
    "roUOeCrTb0ykySPQJPuv7e52qkW4SeaTfsREmED50mwfaANZE+oI5U/rSKAmbhWWAi9SSh"
    "bN3S0lyuDlrb2XtewdPa+wYcms3Uj6gk4sdL1xVZ3SDNkZiqNHESlTvvTCkIeT8RRpU74n"
    "HjNUypicEjZDj/KDJ09gQUyIMXGu1B5jxm2TjFmpytgmVc1LoaQLeUsK8VSKbPKlfwemQz"
    "Uhw0El8AdwXrv6stxXrka5CySF+ITldIE0t4aK6AKzm24F6N5FHbVr/paFNnHSlAA2OO8r"
    "QFY89MQmtEnVqAS2wS5aAbaTQ09sYps8cKij4uNWSusZvCrQeIaOmhOORON/nXn9yVF37A"
    "xByrjrwYYuH3tcQKYS0KZBZwxBVqfn+sur1jc1dwe8j8t4ruOvr4o810+vmrKKt7yo6zog"
    "uaPzV/9ZnNW1ZT5YgMpNEDRnLu+h+mh89A18fIjolvD1xuSbbKrEp6zcl0ZzRfb4G224Ap"
    "6qszAm4mzm25H3qm37luTPX5Sh2BPHykSaDmX0avuk7FRNNZU9sHYQtZiL8jdxFL13VPii"
    "GtHb+/FUkh9GSvSpYbu1rxkp0TcIJe4eZ/JIms2UgdyTRjiOYOna0AC2rehQwynvC2M8/4"
    "yDBUxvr2rE9PFz7GmW5kGiydPlxPVZC9ewj5ji/UB6pA9ynG34uCMB2rbr1fjCFyFSLEA+"
    "3ARRFmd4mfmdP7tJeAOkVxJijbDfJh/pSKjIZdNaxZyELva4ZLhT9xAdJJTwJaVqx+8NKv"
    "yWhK99bNfVFXP8Kk3lexlTVz8DC6Lf79Fbz+WpT2/toBnSEDrr8PtRutFTYizUYrpAkk+E"
    "Gr0nPSXKeQibHDIUrHDq0JS4FF9SJatz+qCdUpszLskXVBsWVF7hwOOLiq26gWmqq3JcV0"
    "VkV5l4bZ78y5N/m4A+uwF2SKWziXlAuf6MmMTlgpXe1zWyPAaswcjyYKWLBiu9DWPfWHSd"
    "bU+HOT7j+OurIp+xifa5raIdWtbpM+au4Uu6hv1BJe6pBVpgXIg5N3H1fpG3ZR5869PqAr"
    "mnAOnJjrJVbUIMaEE6ZFKMvYtj9TMZXbW99HTFtSAVk1dGsBl8XvjzmOHzwu8V3dyYLq49"
    "cOJAFXbCB63yQdtYKjpK/Q+iGKaUGB+YygfG1sy8wK6c4yQUuKBHsy6wLxCYY5k63ZSPBP"
    "hkr3yyYyqrZ8JsLywTfhC6YJXw8F7Q2irh3Bicv+uwawzmacH1Gy55FmA4gyrIAnwbi2WY"
    "yUawVsaS3PItlbGcOm6kbNW6vioyUqKBprJPBu2ZM03WkILATZO1mibxvwqgCmmJiXCUy6"
    "GsITQ2Zl7GQQmi1Zh8kzHv9KXJeIYzoVYAKaheJhXSTZXoMVb8lehdbyr15bnSE6f9W0HD"
    "1jxH0dAZvTAGY3F0K+imamA+1un8QXzwGFktZ4MOZsy0Kg7mnzHTqqo724Uhj2aPmORVwm"
    "SftmtFKL55gLNHtWdodFFMMZkLGmt6o58vY6+5LnNK5B8SaYi5caBW40DmRlOGyCBgmzgz"
    "E788KUfTDpVStAWaiYsLwrNh6oX9sHMlTOaRHdjsz61HkOTFZxArTDC52wFjVQV9yDTRGU"
    "vLsGYjwTNcAWsGbDunkEO6ydURo4HXWLFjrUvUIl1a5osNrL/Ygg03xvfQEFTHq3QOdkuw"
    "WoGVEPYsfIeLqGum+QSBsDX1oG76E3j9K6kOaXUdc0tGsywZaGCow1TiMsxZNKoPUUFXvA"
    "2d3zYUaPLN79TbduX3LS8UNPQvpU6+groyCTGWorAvUmEmBv+OEJed7zMPmnOPeeUe8yAX"
    "HB2tzl7xIwlpNp0ccfZiEGuJHQlJGOh96EnJy/jQG8Lh0CSXeQhSoc+cR0rkrzF2IyW8Ij"
    "V0gRJxEZZ0i7oCJXIKB1HHScxwP0MQUpK1DOSy0RLx2ZUIluiJs57Yl94qViJlPCJYQbLm"
    "pXwjiJVt23xmUF7Jstp7RgGFqGo8ZfGf7VRdzx2BUIalLfm6+/FDBDz+owjq2VAcDLJ3OF"
    "tDGy1h+9VNNe+ACyVSUK6xSAvBLMCsP368G0jCZCr15JkcXNwi/cR7mXSiTSVxkMlSwmQg"
    "lGEXCSEGTUHXpQIvrgsCL66zgRcBaL9TGTQTQhzpcki3kG7PXK9BSIRHEeMyvr+XPCK9QH"
    "5hiL2eNJnjR6qmgb2Dn/WlHi4r3MehMBouLNwQwj1PtVJyuT/yV0VGkMGVwWvXcRtBFTYC"
    "tOTh6qRRT0pyVrhG2/844w9jVd9YxJUzKV2ASSkytb11Aa22gntmBa167ZhrdGhs5+YTyL"
    "Fixt5fFdswvZaKEzXlOWBt2kqvCgyQ3phSx04lpXj01NH71FrdQZ0qmeIgwV6JlOsy5oHr"
    "fPPAdTZdpSF8a2+teNUdBMjJW2oNwOFRgDwKkEcBYgpBL2NAeQJUZ2ZKrKaoP5b0Eh7x92"
    "ew+Pm6pHL6YBM7YNC2z9Kgu/ZJlvyYGDfjN3l8LfCMbuGnlfCJS/JRbvIoc0dsvm7EriOW"
    "B2vzYO1G+TkaG6xt6mAGNNeCzmuH5OSIv78qdHKgljhj7ND0aKr6LMgit1wd2IJqCOpqBw"
    "2IxRzTEmzg2MIeWALuOpuPTi19husE90FzkQ7bM2fZr4rprcih4uwVC/zHDYvVpsx4ReQ+"
    "GdkLcvxET1pF8pO48OxXJ6pKSUmuKjVFVSJoyBELSklqpzoPn5n6DFZfIXghnTyHl4XHjo"
    "2bKc9hu0od6790zBfDV0u8L/cv7ml/Q097NBZlD+FIgEHXZC3eM066WjMdKFKNgQVVGh9Z"
    "XKYZjjL8sew4ykyLih8jbM/glK+exBl/LZ9PhFKPTwpyJZ6mjIcHIlUBm5hIM3YYplzxz9"
    "CGS6gHRpFTkuSSPVwwEGhvwWfUJ+VIdCZT+Su62NwKgfzCmEviECmjQN2lrTilzuLqyZm5"
    "U4Cxm26eU6ApN12w2eVUOw5fXRXecmONKr7iZvI7Nd21kcrJb7tvy8iJftapB0Yo22QltT"
    "N9HKAjAhvvF8ZAEqdezjRSCa3GpEzz6zCvQdJ+lOPfjALplBh7BJA3pcC+KQD7hsA74pL8"
    "hAW1Q12in5Du3tUwmC99wXpjZouGoV87sUWgHZbX+GISvFgkMed9Del2jZhIMww2bJmE4e"
    "+E0ciPGwuaXy5m7F1LZjavz3Qxq2/u6Zc7bfOPvRpn7vuWzNzQyrekK9+WkGLwfsJpsrgh"
    "torobB5oxtqoVxBoFrvQecHg9hbuzyxjFpjWh1F/LZwQeQHmtVYyywKX77hIonvUhaHsku"
    "1L1DMLCZhw3TFHfRVw3TEh6O5WMPfAEF626D4k/PqrazhQ//VXAdreTyIVMTuztzIU4uFP"
    "9X0dXi8d1CjDLR68oXKscGpx/O4S1OI2DHwrNAdUJMTg2dTes4iggnhLj1b7CIV4ymeTx5"
    "bzc9Z1L04ebGUNZAkhjmuJ1MpDtMe5yZWHnloGcenEysTsOk7OyblPadAtxX36RiFVsbxh"
    "0u0kmVZccC/xMnN3h5acm7NN22ihBu8u/w1IRLwF8f0HEfZydytnjXRtYNFGScVlmIO4eg"
    "v5Ctp7XX1VaGFOyzHojqglXGqv2vaLiQ4nWkrfjCCDiNeSdYi5EqjyVSKBZgQ/MJWtEuZo"
    "lJ31YXtOFXl0J+fhEBcLh1irUAcrRTc3kJQKl6tYZ+R4UE8aWt3UMPXdSfbTtCw3ozbZjO"
    "qR6dhAswDVDSolxl5MbS1KkIeartqOYjtgT+f2y8oyFGd7YQZzD0Zv/z8hOiUjzDe4Jm9w"
    "PPgsf/G1MwyJB5/9GUc9L/gsPupLSzW0LZ3jMiHD0JFal9vSx6sCx9pd1FG78C3rVUtMLO"
    "qad3GulxXJckYTIim66KkFf/ea9dCzFm5buSGShIooZ8I1scxnuALWzO+NVbASBQvPhCxd"
    "JpEVvGr1bbvWM3iVjWfoqMEXzjq4022uCr3cXmsFJpuXCL61ETg6+N61gaBD4+lvgon0A0"
    "EVsJdDMNcCdGzBmyY4SvYJ7B1SzO1pnXB3erPc6cxTkvRm4vxW0GzVWRijyQz14Wcg0FqI"
    "PpWwD33KtQ59ytqGeInRC+ai8aQ/nvTHzWvnm9faVRqPD/OJw8zLpLE9vpq52+v4l1GmU6"
    "TEuP2MQDPAE1VqQhb1C/DNFhezpc6izMgyNHcv4E4tsBDz5IsOhZm4KPniYCjOmfYVQCwn"
    "e2vXfC8Lcna1l8A5OtyqmMjxvtjEOK0LULs8qGytcTO2vUffjRRzGYiODTA30X9KcEl4Bt"
    "RprEc2xuqPk0zTEQ65huk4UkfN0vGBKmGUNgTVsF+AdSW8QGcrvGxVR4AOth2rS9N1BM3c"
    "Q7DCzA5r0xIssDctB2EjLF+FjWW6e4KJupIuy3BDpDZ1/1OjqxB6SEcHwY3a3KjdSqO2ra"
    "GDMgv8bKfqen4qeSjE0qXnuvvxQzSr8R9FE3o2FAcDUtWXHTljfA5+y7+ghyIsxOgWmVyk"
    "n+YJa0smUSayuAzGo4eweTp7JoX4VjUMQAiBL7d1xMQbvXvcTcVR7/Ot4IesLIzJ5/EIV3"
    "ZB3xgsjPEIzUX0p2noEP89HN/JmNV/Zy4h5vWfSYN71PX0q9xDT22grxUbWM9QQ++koSgP"
    "bgWwU6G+ML5JaEDQPvUCEDIOrggwn0tTXBDACbiD374eQE7F64Jk4lCAhQVWe3pUUhOisS"
    "WnRC/jMLikEsSSPZlHYtZhSeZGem6kbxuy3EjfjJynQ1Ag3RzPyFUzy1tvbuAOEO4AaQ/I"
    "3AFygYlczgGSVZMrgJcn09B5lkjnYnYYQsdRyUEgBeu36lwsv5ukdIIyI3JWrsQcM9AQ3F"
    "DzgJkm3/kUctdwxr9WqVdXBd4cLchgKx29HbRnLjz+uluG66+bz/XX5dVQL0s8x6Pi89Fv"
    "Z156BTXJCRr3memYDGrbiWUUlBc5DySsOxy4g1u2Wt4kYzWGWI4uVoaLGWtktVEx/xIpfL"
    "5fjte3f1Nu5ss6Uxvm0KvbmeotJKp5G5PgzorjhlwyTyq1cSa8pLYM3LLWgNikqjfml/a0"
    "slTDDgy7pOMq9rr4vEo1rPi8UjXNdP3VZ4E1sACeS+ljKxNSujTNJ/828C9ccyzoJPuS6r"
    "zjZceq9b7lH4yHEcoMQvE1MCHI4C2wJbe+UkEw6i5c2MkRHppGcHZkhvcgkh5boMGdqv/Q"
    "9/9la2T7Uk8eioPvuu+uuina59HjUEKHSPAqHbRh4d2SjskhJnM5o1WnN/q5cxEt87qMRT"
    "DfIJgtTGGBHEdruRDYRAdNthJ2elOpL+MgegusoLMw+tId/nMFltBbkG8cSs9DkUuEIovz"
    "4a2gOjskN54hKdPOBh0nQ5KbGIKsoWHYmBbdvhaTafIAn7it3ZSxxd/km+JvspZ4fNACa6"
    "9aDh3QKTn2or67pRwf3QLHRzfr+Ih/Mwq0U2LsgX1TCuybArBvsmAf7pEUUCeE2AO6jlIv"
    "8Tt3SQtcUogb4Xgs9tuZN2OWpzMtnOKhp5ZBXNbImVy3ZYIneRBw5UHAlXNHqDqwCPOfnj"
    "hCDDtq1xFZFV/E3ILoRc+0wss+0d6eanNVbHTHrdE3SzQ/yhrhFQQW0O9ZQ2sHVoJpCUEX"
    "6A9VsN3NBtj4/8P7Ev696IdjlgdsrM2SRlTSI48gbJhfOhw1ZW+ZK5e2ejBBmD2F+X23VP"
    "xbtyD+rZu5mRywg7btUt1PCKLsgV7L3dvbvFbk++C9bqq5eaNxsRTWayzXPrSLnBDjx7uB"
    "JEymUk+eyUHV1cif5L1MuiamkjhIIe0dZMozsGxKO0dGkL2pXQPFdHgOEzS4onKrCbkLVl"
    "x9m3ldYcVVpHqZhAtN/rSOBBg0SXPKdB4cXkWpuvDeQGnuSkpxc1fD+DJYxLYo5f2NUoWb"
    "BnONucL5XuHTEe7F+mQV6eRG2agIVRFYUNt2CMay4M1VkYlMPbThua1t2kevCixTJ9wdz7"
    "01Nm1lX6AQO15UFAgHzRlEt54kV9NwiDyl/5iNR7m2JofMU7qCmiP8V9Ch3WJ9gAQuBiNx"
    "RckQlqa5Sa+Sdw/cwR1JLbvkYfbH/wPngSmo"
)
