-- V8 linked no actual to the group's target of 15 million combined monthly users (MAU) on all its
-- platforms by 2023: the only MAU figure in the seed, 7.19 million as of October 2022, is of one
-- platform (WON Banking, the initiative 우리WON뱅킹), not the combined measure, and is about another
-- initiative than the target (디지털 기반 종합금융그룹 체계 완성). That reasoning still holds for a full
-- link. But the source itself reports the 7.19 million as progress toward the goal ("실제 … 우리
-- WON뱅킹의 MAU는 … 719만명"), and a part of a sum is a lower bound of the sum: the group had at least
-- 7.19 million combined users then. V31 lets an actual measure part of a target, and the pages
-- say "at least"; this links the figure as such a part. Recorded as one revision signed 'seed'.
update metrics
set progress_toward_id = (select t.id from (select id from metrics
                                            where kind = 'TARGET' and measure_ko = '그룹 플랫폼 통합 월간활성사용자수(MAU)'
                                              and raw_text = '1500만명') t),
    progress_part = true,
    version = version + 1
where kind = 'ACTUAL' and measure_ko = '우리WON뱅킹 월간활성사용자수(MAU)' and raw_text = '719만명';

insert into revinfo (revtstmp, username) values (1700000000031, 'seed');
insert into metrics_aud (as_of_date, as_of_inferred, metric_value, revtype, target_date, target_inferred, as_of_precision,
                         target_precision, id, initiative_id, organization_id, rev, kind, unit, measure_en, measure_ko,
                         raw_text, as_of_note, as_of_note_ko, target_note, target_note_ko, progress_toward_id, progress_part)
select as_of_date, as_of_inferred, metric_value, 1, target_date, target_inferred, as_of_precision, target_precision, id,
       initiative_id, organization_id, (select max(rev) from revinfo where username = 'seed'), kind, unit, measure_en,
       measure_ko, raw_text, as_of_note, as_of_note_ko, target_note, target_note_ko, progress_toward_id, progress_part
from metrics
where kind = 'ACTUAL' and measure_ko = '우리WON뱅킹 월간활성사용자수(MAU)' and raw_text = '719만명';
