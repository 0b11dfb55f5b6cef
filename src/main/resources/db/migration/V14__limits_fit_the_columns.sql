-- Limits at the door (docs/reliability.md) make every accepted value fit its column. Two columns had no limit to fit:
-- a draft read from a document of the largest size is several times the document's length (it repeats the text
-- as issues, sentences and JSON), so its column is unbounded; sums of samples in the compliance trend outgrow integer.
alter table imported_document alter column draft_json set data type varchar;
alter table report_compliance_trend alter column cases_sampled set data type bigint;
alter table report_compliance_trend alter column cases_compliant set data type bigint;
