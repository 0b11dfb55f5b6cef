-- The follow-up-judgements processor runs in segments (ADR 0017) and its handlers share follow_up_answer and
-- follow_up_grade: each batch locks this row first (commitment/FollowUpJudging).
insert into projection_lock (processing_group) values ('follow-up-judgements');
