"""Migration 0_20261205104318_init: SQL for SQLite and PostgreSQL, from Aerich."""

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
    "trusted_documents_only" INT NOT NULL,
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
    "trusted_documents_only" BOOL NOT NULL,
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
    "Zeraqt9OR/mxFMw/FsD8I2HzwKGjOcbD44rKQfqCQXqugemDjQ6lvjIUPdIMFVNm3Ev+X2"
    "vg//04wvzEo1sh3veb6ytLaDlbJUy1z9oZyYsgKfVnTuA3vLASlZwDU7SLJMQuGulLOamb"
    "kaIBA1RP3ERi4g0+G7GZRu5Lo7ki+7TjcOXbczDlzmyGrjxzzLpj27i26sL4/EUZij1xrE"
    "yk6VBGr7ZPyk7VVFPZA2sHUYu5KH8TR9F7R4UvqhG9nY17sjhQQo6scR/tVrapQVVXQqYs"
    "c4XJgeafMd2PV8b1lF2rW8ZL0s33knQzXhI0nGjIl3QeqYRQg2fBqQvu5qYMzDc3+Tjjdz"
    "lAK95vPAnug2hNoL+dulS9/8/UNHcfhSqWxTopxd7cruWiBXZ73Xyl20PiMuzBXMslCwfI"
    "UU/ohBB7QN+UwfkmH+abDMo71YIOOrjPS4jK9tL8O9dMHj3ge5aN4Mf3rKE4nco4LQr9GA"
    "viKi19+et42vMypeCzaWn42Te5P/6GH73AlfmCn8ykiTj1q8DYYK9afhWYZt7afFpGxSNv"
    "pFlWaTn2VlYtWlAcNnpFiCzNdaGjupDHNkp3OgcC7M3rm/dlLtSoVf6Z8T5zqfbwop/QKT"
    "E+k4/OZHW1Qrd5wrGcHxgeE2FhNl86MJzn3mfndcW596phuCreBzST5BYsyi1JS56dWtKe"
    "2X5iZgkO7yJR1BShHIlweI/Bq0OfkAqSypEVYJyS40AfA7qNhB2Wae+B5tBeTCfT8Wwi9e"
    "ZeeQmvB1ykdC57eYSaA3EaYX88HYq4rPDKtHYqLkOcLDHajOvm06t2pmEh2UMb2Va+oil9"
    "79kVnoEF155hQfppIk+9srEeoblXEPYfaMT9grD/RiPelBF01A0VHVfYnnNxFWumJ3Bx+W"
    "Guiuqgr7V0Hcr6lyThZgwSU8y4VsAXYW/hXvEj4Kn8BHnyLFzlak+BM11LO9nTf5C+4CmD"
    "Rtj19Tu6aKGRF9nsSy8Meeh7+OHO9++LExkzDsBmHCGcb+pPmADs7lcnDnpSkg96QwadkI"
    "4afPvWlYF+X9fIVsyGq1raFp6Wy50S5UnczVk12b0Sl7s7aZQTgnyMmzzGfvVEumTxhAzn"
    "XjzOvegDlkWYmnnxLuqoZQCXTfpOTC1q1sXYEaVppkukwA+JFO+/HKdQFP1eGMI7eY7rwD"
    "obItwHqwBFde/PBKkX9sM8UAp4BtXBJT2fSHDRDswMuwqsvF6mXrVXZqFKl9g7F7QKOFTa"
    "gFtktFVMl1SSlQaygMsi3pJtyEjpyhyxLGJBUXTFAug72+cuTcnvbep3xipm6DHA3EB4op"
    "2Hl3zoiVWwsKsddeVWsPF/edX6QU+sohXVNlIrmF3TRGesQmaDjUcztgM4uw97OM+EbeZ3"
    "OIz6YxY513oGr+iofIZOFfNt5vUnR90xjpsF7D3W3ytBbRp0xipm6I1hV3Jmzg89sQRWlo"
    "CygBoxRjsFVMe1iuYgRc2RQOe9j/XZStt+8VR8VnWXEM9xOl5fww4ZAetE4s1o2hQQcMan"
    "1nEiTiU+uzkjZ6scKldCPiOnaivmmuyWzMsdCATO5PZp6GlQktwHLT+KyRi0PsnD17Cdqu"
    "oQCAcY2OaxMw1nS1NnOSPHwSVUW4aW7SjmHoGA1BaCGS5/mRNE/8xkXnvLXLmaYyvbAKyS"
    "0zQjdzkv/7uWTNItOlFWYG/apDJUhQUOUpK8vgFFfQOMHV69Z0CfFuf4U+IfUqmpFm1pD4"
    "I0R58Sfd1USY6pY7CHYhxvSrx3puVsiHrzUczjohx3StxfgKo7hJi5o6gfBDnmlJhDw3at"
    "MAKREvaELEeeAvlAF1GWqk7G/h5t3jmKOkE2hf0aC7dNWS+65Ywf7waSMJlKPXkmB5mSUU"
    "i19zIJ+FQSBynE/S3iJMCzohzvo3gHOt8peGdFOd5H8T5CZFMA9zEim7Jot8hqUgHePlxo"
    "kp5evSjVRfNZKtM8kgtjMP52K+jmi/d/0lQZyv0+5rFEj4Cl7OBq5bFZBk/Dvx8nk1hbd7"
    "+Ptf0sP3y+FbZw46lzb58xbAEN02kpK/WVxuibFuM236wSpKu2o8Rc/CdkneV0wfPPmpx/"
    "tvbCRom8drnrKSHDLdPppbQzDeCoFgHRgoM/LsQ1rOM3CPSb0ESnPAhSUpebutcfbloyeV"
    "dw4xN2I62J8iqcluTT+Og0DtIt6cFOC3Ksj1+Ct+hyBXSk3BK4iQsIspJinBorodlUwl9W"
    "kOWZu5UnhbgSkt7HMT7uiexKSVH2mHZY0t+DRHtlp1pPBK8B3ORHl6UkmVlD/9PtXl9/7L"
    "67/vDp5sePH28+vYsWU/ZV0aq6kx/wwkqMLSEULXbjpR8FkjQfidNGIgo6pgr5TUlVA37r"
    "g38zbCr5rB/ZvIfskGTHIwzSL8m80ot11KrBKMu8kpqGCe6VnjjriX0pRb2SzTU5IeQ/yp"
    "EoCPmP51GUCPm34s15yH+bVv2VkB/y/wRP966Espdzq9AD3ZlNxo8zXPdrb7o2wBVSp9LI"
    "q49qAUyk/hm//jwe9JWhhEMLboUtbrg1ERx+6urCeHgUp+JoPkYvN66KznbHRE+l4WQw/h"
    "lLhOX+cA0xdJn1Gq6gBTSv3QzdpLxPwE29uz3uHLe+k0bSvexVVx1/G+HXSwTaGnq1Vc0X"
    "47Q6qtdlSgBd51cAuiax8VsOddR4UurPHDAeMtsu6erMJKSavMjK72ZJV2L3UxlfYvdTvj"
    "MRv2sz//Bl0W8nF20ZAmKAED2JUzMmx12aTTaJ+CNFt4PGZdij1K9l+/R58enu2gkZzlxK"
    "siapFrrv0KGakOGoHueDzSsIQc0He45Vohk7/lG7RGLJ5jDCZicwx7YMtomFS822S8U3cq"
    "J5yCfGKLANRcwZJQxDEW0Htwq1aie9KrAKcSKIk+75YUiqrZmkyI/ZTtX1o/GskTBLZ/51"
    "9+OHaJLiP4rm52woDgYEAoMwQPE0fAniHGFyjONpAGelOb6p/WG9o7m+Bs0ZtPzVU2J6hx"
    "QvEr/w8cycg+QlQ+7am5qjw7V3rCs5nG0FiGdFOeRlIHdgXmnJ4466ULbJO0lnMhDn8uhx"
    "eCvssacZ/aiF8TAe9G+FjamvFsZMHnz1PGhQf/acZ9Px6J/SrbC0TON3cIqjrPpUppUFcY"
    "2z7DjlR6LGRHgUasIYXUUUqndxVXIr1eWfvRnBJq+dE0/h6muyti0+tSkHROu8MTwojwfl"
    "NW4wGhqUlyq+QTC7Zstz5NtdU4VBuOG1dev9qsDwurFM9/SAvIN0k7WVDj6e+lPx20jpjU"
    "czLxrvBTrbFVqkhhIU8FoYo7EyGI8epKkykqS+hO4BhqnoprFBC9cAYAXQnWB89w+pN0c3"
    "qlvBXP4beJrswngcDcRv948DZTId96TZTB49YEIFXX1Zu7qyt0wN2DYa5YUxkB5w7N3dQH"
    "4Q/W50sMGxd0sdbqJw17cPwLPAGliAyPJSYD6KCzV5Qpwa//DuXZn727t3+Rc4/C4T6ui4"
    "hAtcuQV4kK4L78xm19kDY4VBo1yEE2nU9xZGIL8wxAlaL1/xQkOnj2U+4wU2lfACw88sgN"
    "cXfhYt39iybcb1O/gpymnaaY50JbwiDBxa8d3IUz2ow7HScizuSXXEZB1wo79Wp2XZy/tk"
    "OKp1BTRIH/WYlOJxj6XWWAga/QpLSvIg4iabrfBYYYMuuj2rNskgPAe/5XKCZkRZWFpFoy"
    "v9NC82yEeDiy9qYfO0lb6x2bxvvanVGw2bbw7kMZt0JsG3jtqUd3vTcv5hLjsE0+Hh5VWR"
    "1RB6zZR/B+2OGQyxyVhYWa+C5RqCaQm4Xil0BHMtqMIa6uBvAnRsdCXEnQo4m9EWdqr9BF"
    "aC59W3BRPpYz+kL4XV9crNls0yWwLDgQ5lak4ocUFS1vieeIEgp8rNgHiRKN4fFEgnhBi8"
    "cndvbkrgjFrlAu29IyBtb9XuzQdqrA9iFzMCtjhkAJ0HCjoPsigX1kaISV2wKsLb6OEVFk"
    "VounW7EvfS9HE08izbaIIYnmW791nqfcFGbG0LtCdsw+6Nh0N57hm2fS3E8a3d948z39i9"
    "dm385F6UB/jBWkUre9UMK7djYkJOy3yhKpGYEGKGi6o6Zr0g+Z8S1rQYBzYNLPgN2g52q1"
    "Aim5Hj0Kah3Vsm+pU7xWP8o3F0peU4tBnCZHevQw39eGpwCZIc3qwHEd/xs6jmh0kfJHiU"
    "dLFR9hSuXs5PxPmJGoA+u57cNTSgvT1p2FOi3MHYZAejg6kA8eFPR/WSlOKVjI56t0LEKv"
    "Bu+R6UeazDdiFdmpYkOckSLi70HYTR42BQ5OJK0ByY1opwmbsLBO+/xMlli2Cfel218KzK"
    "Q/2P+j2BAWa5zsADpkf9gdah6VGX4HwLBJ82SIgiiz3fnSH4vYGVgO7qgrNVHWGr2oJhCn"
    "If/QTMoYobYuee+WJk3YKV9bwwFoaI+vjeFxPQ0bmykRjA4n+x8d8bYO3R56J+0OegT1gJ"
    "OlCfgd8q9A8Jqm4aoA5PYxFpPGPOxovQxOe7JGNjTefBSYhVc6t52+GoO+czDJ0wTKrbY1"
    "KMwetjt0x6Qjc/O6GbSU74t7mkUywPAjxk6rhSGUTHVKJPBhE5LQO4rC55mFcNjJSKVPlc"
    "DSmu7B/VkeJXjeNakijYSJ1YCf4aFHaoewT4rRffhHQOdYW0i+//Lng/6Aq1WgHPdGlfCc"
    "Fgov8zvd7srKJUdec8jKpZYVS0oT3VRvU0SEupJbWPB6ldJEjNh4+KAycmwr071Xt30Dmg"
    "eOcA3ZjEpfiwVD4s4ZFMMyhxGT4klQ9JoBvRjEhMhA9I9VsXd0xzx3QD0GfXMe3uVyeOel"
    "KSj3pTRp3gp44cUyVpxhImsUr8fOXMYS3xrNbr4zMcYPmlgzskA1bs9VWh9SrVsE6OsF8y"
    "+ZOa5lpWtDmgh//ibrJGusm0rWoYQCerV8dTQmLiTdazOndTcdT7jMmC0c/YLozJZ7Sx3g"
    "p79I3BwhiPBjL+0zR0iP8eju/kAfp7Zy6hjv6eSYN71PX0q9zDlUSBvlZsYD1DDeAqoKI8"
    "wCVAVagvjG8S0q8wnxlAyDiYYGw+x6TFOnCc06p51kBS7FUmzeXDPT7oiQ4aPezy6G78OO"
    "rfCtBYYmo8NNSP8+CR6TrLkC6PdlDKqN/5yndG9d67FjrgqUy/MZEmj0CT7L+2u9upFuEm"
    "mU/6ERNhAuVLs32gDWRNqCOUP60jgZq4VVgKvEgpWTR3t5Qog5e39l7Wsnf0vMKGJbN2I+"
    "kLOrHQ9cZVdUozZGcojh5FpEz50gtDHk7GU6RN+Z54zFApY3JK2Aw9yg+ePIEFMSHGxLlS"
    "e4wZt00yZqUqY5tUNS+Fki7kLSnEUymyyZf+HZgO1YQMB5XAH8B57erLcl+5GuUukBTiE5"
    "bTBdLcGiqiC8xuuhWgexd11K75WxbaxElTAtjgvK8AWfHQE5vQJlWjEtgGu2gF2E4OPbGJ"
    "bfLAoY6Kj1sprWfwqkDjGTpqTjgSjf915vUnR92xMwQp464HG7p87HEBmUpAmwadMQRZnZ"
    "7rL69a39TcHfA+LuO5jr++KvJcP71qyire8qKu64Dkjs5f/WdxVteW+WABKjdB0Jy5vIfq"
    "o/HRN/DxIaJbwtcbk2+yqRKfsnJfGs0V2eNvtOEKeKrOwpiIs5lvR96rtu1bkj9/UYZiTx"
    "wrE2k6lNGr7ZOyUzXVVPbA2kHUYi7K38RR9N5R4YtqRG/vx1NJfhgp0aeG7da+ZqRE3yCU"
    "uHucySNpNlMGck8a4TiCpWtDA9i2okMNp7wvjPH8Mw4WML29qhHTx8+xp1maB4kmT5cT12"
    "ctXMM+Yor3A+mRPshxtuHjjgRo265X4wtfhEixAPlwE0RZnOFl5nf+7CbhDZBeSYg1wn6b"
    "fKQjoSKXTWsVcxK62OOS4U7dQ3SQUMKXlKodvzeo8FsSvvaxXVdXzPGrNJXvZUxd/QwsiH"
    "6/R289l6c+vbWDZkhD6KzD70fpRk+JsVCL6QJJPhFq9J70lCjnIWxyyFCwwqlDU+JSfEmV"
    "rM7pg3ZKbc64JF9QbVhQeYUDjy8qtuoGpqmuynFdFZFdZeK1efIvT/5tAvrsBtghlc4m5g"
    "Hl+jNiEpcLVnpf18jyGLAGI8uDlS4arPQ2jH1j0XW2PR3m+Izjr6+KfMYm2ue2inZoWafP"
    "mLuGL+ka9geVuKcWaIFxIebcxNX7Rd6WefCtT6sL5J4CpCc7yla1CTGgBemQSTH2Lo7Vz2"
    "R01fbS0xXXglRMXhnBZvB54c9jhs8Lv1d0c2O6uPbAiQNV2AkftMoHbWOp6Cj1P4himFJi"
    "fGAqHxhbM/MCu3KOk1Dggh7NusC+QGCOZep0Uz4S4JO98smOqayeCbO9sEz4QeiCVcLDe0"
    "Frq4SjH2Bjk24YhI1DSXSCEb4Q+vxOLjgU0ZPWjgU3zOefAOwa5nmKdv1GZJ6RGc6gCjIy"
    "38Z6HGYVEizHsYTDfKtxLL+RG4xbta6vigzGaKCpbMVBe+bMxDWkg3Azca1mYvyvAqjCi2"
    "IiHOVyKGsIjY2Zl/1RgvQ2Jt9kzDt9aTKe4ay0FUAKqpfVhnRTJXqMFX8letebSn15rvTE"
    "af9W0LBl1VE0dEYvjMFYHN0KuqkamBt3On8QHzx2XMvZoIMZs96Kg/lnzHqr6s52Ycij2S"
    "Mm3JUw8artWhGKbx5s7tEeGhpdRFlM5oKGs97o58vYzq7LnBL5h0QaYm6oqdU4kLnRlCGV"
    "CJg/zmRFKE+Q0rRDpRSFhGbiQo/wbJh6YT/sXAmTOX2HygLn1oZI1ihgECtM9rnbAWNVBZ"
    "XLNNEZS8uwZiPBM1wBawZsO6eoRrrJ1RGjgddYsWOtS9SFXVrmiw2sv9iCDTfG99AQVMer"
    "Og92S7BagZUQ9ix8hwvaa6b5BIGwNfWghv0TeP0rqSZsdR1zS0azLBloYKhDhuIyzFk0qg"
    "8XQle8DZ0PPRRo8s3v1Nt25fctLyw39C+lTr6CGj8JMZYi4i9S7ScG/44QI58fvxA059EL"
    "iftZJYFvfl4+OlqdveJHddJsOjni7MWD1hLHExJi0PvQk5KX8aE3hE+jSS7zEKRCnzmPlM"
    "hfY+xGSngFg+gCJeIiLOkWdQVK5BRxoo6TmOF+hiCkh2sZyGWjJeKzKxEs0RNnPbEvvVWs"
    "RMp4RLCCZM1L+UYQK9u2+SytvKpotfeMAjpX1XjK4j/bqbqeOwKhDEtb8nX344cIePxHEd"
    "SzoTgYZO9wtoY2WsL2q5tq3gEXSqSgXGORFoJZgFl//Hg3kITJVOrJMzm4uEX6ifcy6USb"
    "SuIgkzGGiVkowy4SQgyagq5LBV5cFwReXGcDLwLQfqcyaCaEONLlkG4h9aG5XoOQlJAixm"
    "V8fy95pIaB/MIQez1pMsePVE0Dewc/60s9XOK5j0NhNFzkuSHkh55qpeTysOSviowggyuD"
    "1xHkNoIqbARoycPVSaOelOQMfY22/3H2JcYq8LGIK2e1ugCrVWRqe+tiZm0F98xqZvXaMd"
    "fo0NjOzSeQY8WMvb8qtmF6LRUnaspzwNq0lV4VGCC9MaWOnUpK8eipo/eptbqDJGaAfIgP"
    "EuyVq7kuYx64zjcPXGfTVRrCfffWilfdQYCcSKfWABweBcijAHkUIKZz9DIGlCdAdWamxG"
    "qK+mNJL+ERf38Gi5+vSyqnDzaxAwZt+ywNumufZMmPiXEzfpPH1wLP6BZ+WjmluCQf5SaP"
    "MnfE5utG7DpiebA2D9ZulJ+jscHapg5mQHMt6Lx2SE6O+PurQicHaokzxg5Nj6aqz4Iscs"
    "vVgS2ohqCudtCAWMwxLcEGji3sgSXgrrP56NTSZ7hOcB80F+mwPXOW/aqY3oocKs5escB/"
    "3LBwcMqMV0gFnJblDMAUDMDufnWiqpSU5KpSU1QlgoYcsaCUpHaq8/CZqc9g9RWCF9LJc3"
    "hZeOzYuJnyHLar1LH+S8d8MXy1xPty/+Ke9jf0tEdjUfYQjgQYdE3W4j3jpKs104Ei1RhY"
    "UKXxkcVlmuEowx/LjqPMtKj4McL2DE756kmc8dfy+UQo9fikIFfiacp4eCBSFROKiTRjh2"
    "HKFf8MbbiEemAUOSVJLtnDBQOB9hZ8Rn1SjkRnMpW/oovNrRDIL4y5JA6RMgrUXdqKU+os"
    "rp6cmTsFGLvp5jkFmnLTBZtdTuXp8NVV4S031qjiK24mv1PTcT0ti99235aRE/2sUw+MUL"
    "bJSmpn+jhARwQ23i+MgSROvZxppBJajUmZ5tdhXoOk/SjHvxkF0ikx9gggb0qBfVMA9g2B"
    "d8Ql+QkL6ri6RD8h3b2rYTBf+oL1xswWDUO/dmKLQDssr/HFJHixSGLO+xrS7RoxkWYYbN"
    "gyCcPfCaORHzcWNL9czNi7lsxsXp/pYlbf3NMvd9rmH3s1ztz3LZm5oZVvSVe+LSHF4P2E"
    "02RxQ2wV0dk80Iy1Ua8g0Cx2ofOCwe0t3J9ZxiwwrQ+j/lo4IfICzGutZJYFLt9xkUT3qA"
    "tD2SXbl6hnFhIw4bpjjvoq4LpjQtDdrWDugSG8bNF9SPj1V9dwoP7rrwK0vZ9EKmJ2Zm9l"
    "KMTDn+r7OrxeOqhRhls8eEPlWOHU4vjdJajFbRj4VmgOqEiIwbOpvWcRQQXxlh6t9hEK8Z"
    "TPJo8t5+es616cPNjKGsgSQhzXEqmVh2iPc5MrDz21DOLSiZWJ2XWcnJNzn9KgW4r79I1C"
    "qmJ5w6TbSTKtuOBe4mXm7g4tOTdnm7bRQg3eXf4bkIh4C+L7DyLs5e5Wzhrp2sCijZKKyz"
    "AHcfUW8hW097r6qtDCnJZj0B1RS7jUXrXtFxMdTrSUvhlBBhGvJesQcyVQ5atEAs0IfmAq"
    "WyXM0Sg768P2nCry6E7OwyEuFg6xVqEOVopubiApFS5Xsc7I8aCeNLS6qWHqu5Psp2lZbk"
    "ZtshnVI9OxgWYBqhtUSoy9mNpalCAPNV21HcV2wJ7O7ZeVZSjO9sIM5h6M3v5/QnRKRphv"
    "cE3e4HjwWf7ia2cYEg8++zOOel7wWXzUl5ZqaFs6x2VChqEjtS63pY9XBY61u6ijduFb1q"
    "uWmFjUNe/iXC8rkuWMJkRSdNFTC/7uNeuhZy3ctnJDJAkVUc6Ea2KZz3AFrJnfG6tgJQoW"
    "nglZukwiK3jV6tt2rWfwKhvP0FGDL5x1cKfbXBV6ub3WCkw2LxF8ayNwdPC9awNBh8bT3w"
    "QT6QeCKmAvh2CuBejYgjdNcJTsE9g7pJjb0zrh7vRmudOZpyTpzcT5raDZqrMwRpMZ6sPP"
    "QKC1EH0qYR/6lGsd+pS1DfESoxfMReNJfzzpj5vXzjevtas0Hh/mE4eZl0lje3w1c7fX8S"
    "+jTKdIiXH7GYFmgCeq1IQs6hfgmy0uZkudRZmRZWjuXsCdWmAh5skXHQozcVHyxcFQnDPt"
    "K4BYTvbWrvleFuTsai+Bc3S4VTGR432xiXFaF6B2eVDZWuNmbHuPvhsp5jIQHRtgbqL/lO"
    "CS8Ayo01iPbIzVHyeZpiMccg3TcaSOmqXjA1XCKG0IqmG/AOtKeIHOVnjZqo4AHWw7Vpem"
    "6wiauYdghZkd1qYlWGBvWg7CRli+ChvLdPcEE3UlXZbhhkht6v6nRlch9JCODoIbtblRu5"
    "VGbVtDB2UW+NlO1fX8VPJQiKVLz3X344doVuM/iib0bCgOBqSqLztyxvgc/JZ/QQ9FWIjR"
    "LTK5SD/NE9aWTKJMZHEZjEcPYfN09kwK8a1qGIAQAl9u64iJN3r3uJuKo97nW8EPWVkYk8"
    "/jEa7sgr4xWBjjEZqL6E/T0CH+ezi+kzGr/85cQszrP5MG96jr6Ve5h57aQF8rNrCeoYbe"
    "SUNRHtwKYKdCfWF8k9CAoH3qBSBkHFwRYD6XprgggBNwB799PYCcitcFycShAAsLrPb0qK"
    "QmRGNLTolexmFwSSWIJXsyj8Ssw5LMjfTcSN82ZLmRvhk5T4egQLo5npGrZpa33tzAHSDc"
    "AdIekLkD5AITuZwDJKsmVwAvT6ah8yyRzsXsMISOo5KDQArWb9W5WH43SekEZUbkrFyJOW"
    "agIbih5gEzTb7zKeSu4Yx/rVKvrgq8OVqQwVY6ejtoz1x4/HW3DNdfN5/rr8uroV6WeI5H"
    "xeej38689ApqkhM07jPTMRnUthPLKCgvch5IWHc4cAe3bLW8ScZqDLEcXawMFzPWyGqjYv"
    "4lUvh8vxyvb/+m3MyXdaY2zKFXtzPVW0hU8zYmwZ0Vxw25ZJ5UauNMeEltGbhlrQGxSVVv"
    "zC/taWWphh0YdknHVex18XmValjxeaVqmun6q88Ca2ABPJfSx1YmpHRpmk/+beBfuOZY0E"
    "n2JdV5x8uOVet9yz8YDyOUGYTia2BCkMFbYEtufaWCYNRduLCTIzw0jeDsyAzvQSQ9tkCD"
    "O1X/oe//y9bI9qWePBQH33XfXXVTtM+jx6GEDpHgVTpow8K7JR2TQ0zmckarTm/0c+ciWu"
    "Z1GYtgvkEwW5jCAjmO1nIhsIkOmmwl7PSmUl/GQfQWWEFnYfSlO/znCiyhtyDfOJSehyKX"
    "CEUW58NbQXV2SG48Q1KmnQ06ToYkNzEEWUPDsDEtun0tJtPkAT5xW7spY4u/yTfF32Qt8f"
    "igBdZetRw6oFNy7EV9d0s5ProFjo9u1vER/2YUaKfE2AP7phTYNwVg32TBPtwjKaBOCLEH"
    "dB2lXuJ37pIWuKQQN8LxWOy3M2/GLE9nWjjFQ08tg7iskTO5bssET/Ig4MqDgCvnjlB1YB"
    "HmPz1xhBh21K4jsiq+iLkF0YueaYWXfaK9PdXmqtjojlujb5ZofpQ1wisILKDfs4bWDqwE"
    "0xKCLtAfqmC7mw2w8f+H9yX8e9EPxywP2FibJY2opEceQdgwv3Q4asreMlcubfVggjB7Cv"
    "P7bqn4t25B/Fs3czM5YAdt26W6nxBE2QO9lru3t3mtyPfBe91Uc/NG42IprNdYrn1oFzkh"
    "xo93A0mYTKWePJODqquRP8l7mXRNTCVxkELaO8iUZ2DZlHaOjCB7U7sGiunwHCZocEXlVh"
    "NyF6y4+jbzusKKq0j1MgkXmvxpHQkwaJLmlOk8OLyKUnXhvYHS3JWU4uauhvFlsIhtUcr7"
    "G6UKNw3mGnOF873CpyPci/XJKtLJjbJREaoisKC27RCMZcGbqyITmXpow3Nb27SPXhVYpk"
    "64O557a2zayr5AIXa8qCgQDpoziG49Sa6m4RB5Sv8xG49ybU0Omad0BTVH+K+gQ7vF+gAJ"
    "XAxG4oqSISxNc5NeJe8euIM7klp2ycPsj/8HGm447w=="
)
