-- Names the attributes each seeded citation supports, where its quote makes them clear (V20 added the
-- column), and turns the three free-text disputed attributes into names from the list: 'signed' and
-- 'launched' as they were, and 'place' on the digital office into its description, which names the
-- building (initiatives have no place of their own). Rows are found by fact, source and quote, so a
-- citation an editor has moved or removed since is left alone.
-- Left for the whole record: the position of Koo Hyun-mo cited by '구현모 KT그룹 대표(왼쪽 두번째)' (another
-- wording of the title, explained in its note), and the Kakao Pay MOU cited by '최근 한 달 새 네이버와
-- 카카오와 협약을 맺고' (a loose date and a loose counterparty). The three conflicting citations support no
-- attribute: they dispute one.

update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-financial-group')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리금융그룹과 KT그룹은 금융·ICT 융합을 위한 전략적 업무협약(MOU)를 체결했다';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-financial-group')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '레드팀은 우리금융지주, 우리은행, 우리카드, 우리에프아이에스의 디지털·IT부문에서';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리금융그룹 계열 우리은행·우리카드';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-card')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리금융그룹 계열 우리은행·우리카드';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-fis')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '레드팀은 우리금융지주, 우리은행, 우리카드, 우리에프아이에스의 디지털·IT부문에서';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-financial-capital')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융캐피탈의 자동차금융플랫폼 ‘우리WON카’';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-savings-bank')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융저축은행은 지난 7월 수신기능을 포함한 풀뱅킹앱 ‘우리WON저축은행’을 새롭게 출시했다';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'kt')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리금융그룹과 KT가 금융·정보통신기술(ICT) 동맹 관계를 형성하면서';
update organization_citations set attributes = 'NAME,KIND'
where organization_id = (select id from organizations where slug = 'kt')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '통신사인 KT와 손을 잡은 게 대표적 사례다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'bc-card')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'KT 자회사 BC카드';
update organization_citations set attributes = 'PARENT'
where organization_id = (select id from organizations where slug = 'bc-card')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = 'KT 자회사인 비씨카드';
update organization_citations set attributes = 'NAME,KIND,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'k-bank')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리은행과 BC카드가 각각 대주주로 있는 인터넷전문은행 케이뱅크';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'nh-investment-securities')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드, 우리은행, NH투자증권 등 3대 주주';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'kakao')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '네이버, 카카오 등 ‘빅테크’ 기업';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'kakao-pay')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '지난 10일 카카오페이와 ‘디지털 금융서비스 공동 개발 및 협력을 위한 업무협약’을 체결했다';
update organization_citations set attributes = 'NAME,FOUNDED'
where organization_id = (select id from organizations where slug = 'kakao-bank')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '카카오뱅크는 지난 2017년 7월 공식 출범 이후';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'naver')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '네이버, 카카오 등 ‘빅테크’ 기업';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'naver')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '지난 7월엔 네이버와 제휴를 맺고';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'viva-republica')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '또 다른 빅테크인 비바리퍼블리카와도 손잡고 토스의 ''내게 맞는 대출 찾기'' 서비스에';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-group-management-council')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '지난 18일 열린 그룹 경영협의회에서';
update organization_citations set attributes = 'NAME,PARENT,FOUNDED'
where organization_id = (select id from organizations where slug = 'woori-digital-innovation-committee')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '우리금융은 지난 5월 손태승 우리금융 회장과 권광석 우리은행장이 함께 이끄는 컨트롤타워 ''디지털혁신위원회''를 구축했다';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-digital-innovation-committee')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '디지털혁신위원회는 손태승 회장을 비롯해 자회사 최고경영자(CEO)들과 그룹사 주요 임원들이 참여해 디지털 현안에 대해 공유하고 토론하는 그룹 정례회의체다';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-digital-innovation-subcommittee')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '매주 정기적으로 열리는 디지털혁신 소위원회에 참석해';
update organization_citations set attributes = 'NAME,DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-blue-team')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '그룹사의 젊은 직원들로 구성된 ''블루팀''을 혁신위원회에 참여시켜 동력을 배가시켰다';
update organization_citations set attributes = 'NAME,FOUNDED'
where organization_id = (select id from organizations where slug = 'woori-red-team')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '지난달 22일에는 주요 그룹사 디지털·정보기술(IT) 부문 실무 담당자로 구성된 디지털 혁신 조직 ‘레드팀(Red Team)’을 신설했다';
update organization_citations set attributes = 'DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-red-team')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '차장 및 과장급 직원들로 구성된 회장 직속 조직이다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-financial-group-digital-it-division')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '지주 디지털·IT 부문과 우리에프아이에스 디지털 개발본부로 우리금융디지털타워로 이전하고';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-fis-digital-development-headquarters')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '지주 디지털·IT 부문과 우리에프아이에스 디지털 개발본부로 우리금융디지털타워로 이전하고';
update organization_citations set attributes = 'NAME,FOUNDED'
where organization_id = (select id from organizations where slug = 'woori-bank-dt-promotion-group')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '권 행장은 지난 7월 조직개편을 통해 디지털분야에서도 ‘DT추진단’ 및 ‘AI사업부’를 신설했다';
update organization_citations set attributes = 'DESCRIPTION'
where organization_id = (select id from organizations where slug = 'woori-bank-dt-promotion-group')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '추진단은 은행의 전체적인 디지털 전략과 신기술 적용 분야 확대 및 디지털 마케팅과 채널을 총괄하는 역할을 맡겼다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank-digital-strategy-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = 'DT추진단에는 디지털전략부, 빅데이터사업부, AI사업부, 디지털사업부, 스마트앱개발부를 배치했다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank-big-data-business-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = 'DT추진단에는 디지털전략부, 빅데이터사업부, AI사업부, 디지털사업부, 스마트앱개발부를 배치했다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank-digital-business-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = 'DT추진단에는 디지털전략부, 빅데이터사업부, AI사업부, 디지털사업부, 스마트앱개발부를 배치했다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank-smart-app-development-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = 'DT추진단에는 디지털전략부, 빅데이터사업부, AI사업부, 디지털사업부, 스마트앱개발부를 배치했다';
update organization_citations set attributes = 'NAME,FOUNDED'
where organization_id = (select id from organizations where slug = 'woori-bank-ai-business-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '권 행장은 지난 7월 조직개편을 통해 디지털분야에서도 ‘DT추진단’ 및 ‘AI사업부’를 신설했다';
update organization_citations set attributes = 'NAME,PARENT'
where organization_id = (select id from organizations where slug = 'woori-bank-ai-business-department')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = 'DT추진단에는 디지털전략부, 빅데이터사업부, AI사업부, 디지털사업부, 스마트앱개발부를 배치했다';
update organization_citations set attributes = 'NAME'
where organization_id = (select id from organizations where slug = 'woori-bank-mydata-license-tft')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '현재 운영 중인 ‘마이데이터 라이선스 준비 태스크포스(TFT)’를 통해';
update organization_citations set attributes = 'NAME,PARENT,DESCRIPTION,FOUNDED'
where organization_id = (select id from organizations where slug = 'woori-financial-group-di-planning-department')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '지난 10일 데이터·AI 사업 총괄 조직인 ''DI(Data Intelligence)기획부''를 지주사 디지털부문에 신설하고 외부 전문가를 부서장으로 영입하는 등';
update organization_relation_citations set attributes = 'KIND,PARTIES'
where organization_relation_id = (select id from organization_relations where subject_id = (select id from organizations where slug = 'woori-bank') and object_id = (select id from organizations where slug = 'k-bank') and kind = 'MAJOR_SHAREHOLDER_OF')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리은행과 BC카드가 각각 대주주로 있는 인터넷전문은행 케이뱅크';
update organization_relation_citations set attributes = 'KIND,PARTIES'
where organization_relation_id = (select id from organization_relations where subject_id = (select id from organizations where slug = 'woori-bank') and object_id = (select id from organizations where slug = 'k-bank') and kind = 'MAJOR_SHAREHOLDER_OF')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드, 우리은행, NH투자증권 등 3대 주주';
update organization_relation_citations set attributes = 'KIND,PARTIES'
where organization_relation_id = (select id from organization_relations where subject_id = (select id from organizations where slug = 'bc-card') and object_id = (select id from organizations where slug = 'k-bank') and kind = 'MAJOR_SHAREHOLDER_OF')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리은행과 BC카드가 각각 대주주로 있는 인터넷전문은행 케이뱅크';
update organization_relation_citations set attributes = 'KIND,PARTIES'
where organization_relation_id = (select id from organization_relations where subject_id = (select id from organizations where slug = 'bc-card') and object_id = (select id from organizations where slug = 'k-bank') and kind = 'MAJOR_SHAREHOLDER_OF')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드, 우리은행, NH투자증권 등 3대 주주';
update organization_relation_citations set attributes = 'KIND,PARTIES'
where organization_relation_id = (select id from organization_relations where subject_id = (select id from organizations where slug = 'nh-investment-securities') and object_id = (select id from organizations where slug = 'k-bank') and kind = 'MAJOR_SHAREHOLDER_OF')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드, 우리은행, NH투자증권 등 3대 주주';
update person_citations set attributes = 'NAME'
where person_id = (select id from people where slug = 'sohn-tae-seung')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '손태승 우리금융그룹 회장';
update person_citations set attributes = 'NAME'
where person_id = (select id from people where slug = 'kwon-kwang-seok')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '권광석 우리은행장';
update person_citations set attributes = 'NAME'
where person_id = (select id from people where slug = 'koo-hyun-mo')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '구현모 KT 대표이사(CEO)';
update person_citations set attributes = 'NAME'
where person_id = (select id from people where slug = 'lee-dong-myun')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '이동면 BC카드 사장';
update person_citations set attributes = 'NAME'
where person_id = (select id from people where slug = 'lee-moon-hwan')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '이문환 케이뱅크 은행장';
update person_citations set attributes = 'NAME,BIRTH_YEAR'
where person_id = (select id from people where slug = 'ok-il-jin')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '74년생 옥일진 상무';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'sohn-tae-seung') and organization_id = (select id from organizations where slug = 'woori-financial-group') and title_ko = '회장')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '손태승 우리금융그룹 회장은 지난 18일 열린 그룹 경영협의회에서';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'sohn-tae-seung') and organization_id = (select id from organizations where slug = 'woori-financial-group') and title_ko = '회장')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '손태승 우리금융그룹 회장(왼쪽 세번째)';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'sohn-tae-seung') and organization_id = (select id from organizations where slug = 'woori-digital-innovation-committee') and title_ko = '공동 리더')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '손태승 우리금융 회장과 권광석 우리은행장이 함께 이끄는 컨트롤타워 ''디지털혁신위원회''';
update position_citations set attributes = 'STARTED'
where position_id = (select id from positions where person_id = (select id from people where slug = 'kwon-kwang-seok') and organization_id = (select id from organizations where slug = 'woori-bank') and title_ko = '은행장')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '지난 3월 24일 취임해 임기(1년) 전환점을 앞둔 시점에서';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'kwon-kwang-seok') and organization_id = (select id from organizations where slug = 'woori-bank') and title_ko = '은행장')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '권광석 우리은행장(왼쪽 첫번째)';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'kwon-kwang-seok') and organization_id = (select id from organizations where slug = 'woori-digital-innovation-committee') and title_ko = '공동 리더')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '손태승 우리금융 회장과 권광석 우리은행장이 함께 이끄는 컨트롤타워 ''디지털혁신위원회''';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'koo-hyun-mo') and organization_id = (select id from organizations where slug = 'kt') and title_ko = '대표이사(CEO)')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '구현모 KT 대표이사(CEO)';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'lee-dong-myun') and organization_id = (select id from organizations where slug = 'bc-card') and title_ko = '사장')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '이동면 BC카드 사장(왼쪽 네번째)';
update position_citations set attributes = 'TITLE,ORGANIZATION'
where position_id = (select id from positions where person_id = (select id from people where slug = 'lee-moon-hwan') and organization_id = (select id from organizations where slug = 'k-bank') and title_ko = '은행장')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 4일 이문환 케이뱅크 은행장은 하반기 전략 발표 간담회 자리를 통해';
update position_citations set attributes = 'TITLE,ORGANIZATION,STARTED'
where position_id = (select id from positions where person_id = (select id from people where slug = 'ok-il-jin') and organization_id = (select id from organizations where slug = 'woori-financial-group') and title_ko = '그룹 디지털전략 전담 임원(CDO), 상무')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '올해 초 그룹 디지털전략 전담 임원(CDO)으로 글로벌 컨설팅사 출신의 전략 및 디지털 전문가인 74년생 옥일진 상무를 영입하는 파격인사를 단행한 바 있다';
update agreement_citations set attributes = 'PARTIES,ATTENDEES,ANNOUNCED'
where agreement_id = (select id from agreements where title_ko = '손태승·구현모 금융·ICT 융합 협력 구두 약속')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 6월 손태승 우리금융그룹 회장과 구현모 KT 대표이사(CEO)가 공동 제안한 협력 약속 이행 차원에서 이뤄진 협약이다';
update agreement_citations set attributes = 'AREAS,SUMMARY,ANNOUNCED'
where agreement_id = (select id from agreements where title_ko = '손태승·구현모 금융·ICT 융합 협력 구두 약속')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '지난 6월 케이뱅크 주주의 인연을 계기로 금융과 ICT 융합을 위한 협력에 뜻을 모았다';
update agreement_citations set attributes = 'KIND,SUMMARY'
where agreement_id = (select id from agreements where title_ko = '손태승·구현모 금융·ICT 융합 협력 구두 약속')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '이후 실제로 전략적 업무협약(MOU)을 체결하면서 구두 약속을 실행으로 옮겼다';
update agreement_citations set attributes = 'PARTIES,PLACE,SIGNED'
where agreement_id = (select id from agreements where title_ko = '금융·ICT 융합을 위한 전략적 업무협약')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리금융그룹과 KT는 19일 서울 중구 우리은행 본점에서 업무협약을 맺었다';
update agreement_citations set attributes = 'AREAS'
where agreement_id = (select id from agreements where title_ko = '금융·ICT 융합을 위한 전략적 업무협약')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '양측은 인공지능(AI), 데이터, 클라우드 등 광범위한 분야의 디지털 협업 과제를 추진할 방침이다';
update agreement_citations set attributes = 'PARTIES,AREAS'
where agreement_id = (select id from agreements where title_ko = '금융·ICT 융합을 위한 전략적 업무협약')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '마이페이먼트(지급지시전달업)’ 대응 공동사업으로 KT 자회사 BC카드와 우리금융그룹 계열 우리은행·우리카드 간 공동 마케팅도 진행한다';
update agreement_citations set attributes = 'TITLE,KIND,PARTIES,SIGNED'
where agreement_id = (select id from agreements where title_ko = '금융·ICT 융합을 위한 전략적 업무협약')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '우리금융은 지난 달 KT와 금융·ICT 융합을 위한 전략적 업무 협약을 체결했다';
update agreement_citations set attributes = 'PARTIES'
where agreement_id = (select id from agreements where title_ko = '금융·ICT 융합을 위한 전략적 업무협약')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '특히 KT와 맺은 전략적 업무협약을 바탕으로 디지털 기반 신사업 발굴에 속도를 내고 있어 주목된다';
update agreement_citations set attributes = 'TITLE,PARTIES,SIGNED'
where agreement_id = (select id from agreements where title_ko = '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '지난 10일 카카오페이와 ‘디지털 금융서비스 공동 개발 및 협력을 위한 업무협약’을 체결했다';
update agreement_citations set attributes = 'TITLE,PARTIES,SIGNED'
where agreement_id = (select id from agreements where title_ko = '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '우리은행은 지난 10일 카카오페이와 ''디지털 금융서비스 공동 개발 및 협력을 위한 업무협약''을 체결했다';
update agreement_citations set attributes = 'TITLE,PARTIES,SIGNED'
where agreement_id = (select id from agreements where title_ko = '디지털 금융서비스 공동 개발 및 협력을 위한 업무협약')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리은행과 카카오페이는 지난 9월 카카오페이와 ‘디지털 금융서비스 공동 개발 및 협력을 위한 업무협약’을 체결했다';
update agreement_citations set attributes = 'PARTIES,SIGNED'
where agreement_id = (select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '지난 7월엔 네이버와 제휴를 맺고 네이버 지도를 통해 우리은행 영업점별 대기 고객을 확인하고, 모바일 번호표를 발급해주는 서비스를 내놨다';
update agreement_citations set claim_attribute = 'SIGNED'
where agreement_id = (select id from agreements where title_ko = '네이버 지도 영업점 대기 정보 서비스 제휴')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '최근 한 달 새 네이버와 카카오와 협약을 맺고 신규 서비스에 나선다';
update agreement_citations set attributes = 'PARTIES'
where agreement_id = (select id from agreements where title_ko = '토스 ''내게 맞는 대출 찾기'' 대출상품 제공 제휴')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '또 다른 빅테크인 비바리퍼블리카와도 손잡고 토스의 ''내게 맞는 대출 찾기'' 서비스에 ''우리WON하는 직장인대출''을 제공하고 있다';
update agreement_citations set attributes = 'KIND,PARTIES,SUMMARY'
where agreement_id = (select id from agreements where title_ko = '케이뱅크 3대 주주 유상증자')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '최근 케이뱅크는 BC카드, 우리은행, NH투자증권 등 3대 주주의 유상증자를 통해 자본 약 4000억원을 확충, 자금난을 해소하고 본격적인 영업 정상화에 돌입했다';
update initiative_citations set attributes = 'TITLE,ORGANIZATIONS,AGREEMENT'
where initiative_id = (select id from initiatives where title_ko = '카카오페이 ''내 대출 한도'' 서비스에 우리은행 비대면 대출상품 제공')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '양사는 첫 번째 공동사업으로 카카오페이가 카카오톡ㆍ카카오페이 앱을 통해 제공하는 ‘내 대출 한도’ 서비스에 우리은행 비대면 대출상품을 제공한다';
update initiative_citations set attributes = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '카카오페이 ''내 대출 한도'' 서비스에 우리은행 비대면 대출상품 제공')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '우리은행 비대면 대출상품의 한도와 금리를 조회한 후, 우리은행의 모바일뱅킹인 우리WON뱅킹으로 접속해 대출신청이 가능하다';
update initiative_citations set attributes = 'TITLE,STATUS'
where initiative_id = (select id from initiatives where title_ko = '카카오페이 ''내 대출 한도'' 서비스에 우리은행 비대면 대출상품 제공')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '첫 번째 공동사업으로 카카오페이의 ''내 대출 한도'' 서비스에 우리은행의 비대면 대출상품을 제공할 예정이다';
update initiative_citations set attributes = 'TITLE,LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '네이버 지도 우리은행 영업점 대기 고객 수·모바일 번호표 서비스')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '앞서 지난달 3일부터 네이버 지도에 우리은행 영업점 대기 고객 수 제공 및 모바일 번호표 서비스를 시작했다';
update initiative_citations set claim_attribute = 'LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '네이버 지도 우리은행 영업점 대기 고객 수·모바일 번호표 서비스')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '지난 7월엔 네이버와 제휴를 맺고 네이버 지도를 통해 우리은행 영업점별 대기 고객을 확인하고, 모바일 번호표를 발급해주는 서비스를 내놨다';
update initiative_citations set attributes = 'TITLE,STATUS'
where initiative_id = (select id from initiatives where title_ko = '토스 ''내게 맞는 대출 찾기'' 서비스에 ''우리WON하는 직장인대출'' 제공')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '토스의 ''내게 맞는 대출 찾기'' 서비스에 ''우리WON하는 직장인대출''을 제공하고 있다';
update initiative_citations set attributes = 'TITLE,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '마이데이터 합작법인(JV) 설립')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우선적으로 금융과 통신 데이터를 결합한 ‘마이데이터’ 사업에서 차별화된 서비스를 개발하고 합작투자법인(JV) 등을 통한 협력 방안을 모색한다';
update initiative_citations set attributes = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '마이데이터 합작법인(JV) 설립')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '양사는 마이데이터 사업을 당면과제로 삼고 금융과 통신 데이터를 결합한 차별화된 서비스를 개발한다는 계획이다';
update initiative_citations set attributes = 'TITLE,STATUS,ORGANIZATIONS'
where initiative_id = (select id from initiatives where title_ko = '마이데이터 합작법인(JV) 설립')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리금융과 KT의 최우선 협력 과제는 ‘마이데이터 사업’이다. 이를 위해 양사는 마이데이터 합작사(JV) 설립을 추진하고 있다';
update initiative_citations set attributes = 'TITLE,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '공동인증체계 도입')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '공동인증체계 도입을 통한 비대면 금융거래 인증 간소화';
update initiative_citations set attributes = 'STATUS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '공동인증체계 도입')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '양사 간 비대면 채널 본인인증 정보를 교차 활용해 금융거래 시 인증을 간소화하는 등 공동 인증 체계도 도입할 방침이다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '양사 채널을 활용한 공동 마케팅')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '양사 채널을 활용한 공동 마케팅도 진행한다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '양사 채널을 활용한 공동 마케팅')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '양사 채널을 활용한 공동마케팅으로 고객 기반을 확대하는 공동 사업도 추진할 예정이다';
update initiative_citations set attributes = 'TITLE,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '마이페이먼트 공동사업: BC카드 가맹점망을 활용한 우리금융그룹 결제 플랫폼')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드 가맹점 망을 활용해 우리금융그룹 결제 플랫폼을 구축하고 향후 우리카드와 BC카드 데이터 공유, 공동 마케팅 등을 논의할 예정이다';
update initiative_citations set attributes = 'ORGANIZATIONS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '마이페이먼트 공동사업: BC카드 가맹점망을 활용한 우리금융그룹 결제 플랫폼')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = 'KT 자회사인 비씨카드와 우리은행, 우리카드 간 협업 체계를 구축해 공동 마케팅을 펼칠 계획이다. 비씨카드의 가맹점망을 활용해 우리금융의 결제플랫폼을 구축하는 방안도 추진한다';
update initiative_citations set attributes = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '빅데이터·AI 공동연수')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'AI, 빅데이터 등 디지털 전문가 양성을 위한 교육과정을 공동으로 마련하고';
update initiative_citations set attributes = 'TITLE,ORGANIZATIONS,STARTED'
where initiative_id = (select id from initiatives where title_ko = '빅데이터·AI 공동연수')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '1일 금융권에 따르면 우리금융과 KT는 지난달부터 이달까지 2회에 걸쳐 빅데이터·인공지능(AI) 공동연수를 실시한다';
update initiative_citations set attributes = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '빅데이터·AI 공동연수')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리은행, 우리카드 등 우리금융 계열사 직원 총 40명은 빅데이터와 AI에 대한 이론을 학습하고 KT에 실제 적용된 빅데이터 활용 사례를 실습해';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '7개 협력 과제 분야별 협의체 구성')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '선정된 총 7개 협력 과제 분야마다 양측 주요 사업부문을 매칭, 대대적인 협의체 구성을 통해 협력을 추진한다';
update initiative_citations set attributes = 'ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = '케이뱅크 계좌 연계 KT 통신요금 할인 프로모션')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 4일 이문환 케이뱅크 은행장은 하반기 전략 발표 간담회 자리를 통해 이 같은 시너지 창출 계획을 밝혔다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '케이뱅크 계좌 연계 KT 통신요금 할인 프로모션')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'KT와 연계한 프로모션으로 케이뱅크 계좌 등과 연계한 통신요금 할인';
update initiative_citations set attributes = 'ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = '전국 KT 대리점을 활용한 케이뱅크 서비스 홍보')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 4일 이문환 케이뱅크 은행장은 하반기 전략 발표 간담회 자리를 통해 이 같은 시너지 창출 계획을 밝혔다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '전국 KT 대리점을 활용한 케이뱅크 서비스 홍보')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '전국 2500여개 KT 대리점을 활용한 서비스 홍보 등을 진행할 계획이다';
update initiative_citations set attributes = 'ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = '우리카드 연계 제휴 적금 상품 출시')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 4일 이문환 케이뱅크 은행장은 하반기 전략 발표 간담회 자리를 통해 이 같은 시너지 창출 계획을 밝혔다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '우리카드 연계 제휴 적금 상품 출시')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '우리카드와 연계한 제휴 적금 상품 출시';
update initiative_citations set attributes = 'ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = 'BC카드 ''페이북'' 플랫폼 연계와 카드 사업 협력')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '지난 4일 이문환 케이뱅크 은행장은 하반기 전략 발표 간담회 자리를 통해 이 같은 시너지 창출 계획을 밝혔다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = 'BC카드 ''페이북'' 플랫폼 연계와 카드 사업 협력')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'BC카드와의 ‘페이북’ 플랫폼 연계와 카드 사업 협력 등도 추진한다';
update initiative_citations set attributes = 'TITLE,LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '체크카드 자동결제 KT 통신요금 할인 협업 이벤트')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '이후 최근 체크카드 자동결제를 통해 KT 통신요금을 할인하는 협업 이벤트를 진행하기도 했다';
update initiative_citations set attributes = 'TITLE,LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '우리은행 7월 조직개편: DT추진단·AI사업부 신설')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '권 행장은 지난 7월 조직개편을 통해 디지털분야에서도 ‘DT추진단’ 및 ‘AI사업부’를 신설했다';
update initiative_citations set attributes = 'TITLE,DESCRIPTION,ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = '디지털 비전 ''Digital for Better Life'' 선포')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '우리금융은 지난 상반기 ''Digital for Better Life(더 나은 삶을 위한 디지털)''라는 디지털 비전을 선포하며 타업종과 적극적인 디지털 협업을 추진하는 등 개방형 혁신을 진행하겠다는 전략을 밝혔다';
update initiative_citations set attributes = 'TITLE,STATUS'
where initiative_id = (select id from initiatives where title_ko = '그룹사 전 직원 ''DT·IT 지식 콘텐츠'' 온라인 연수')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '그룹사 모든 직원을 대상으로 하루 10부 내외 분량의 ''DT·IT 지식 콘텐츠'' 온라인 연수를 진행하고 있다';
update initiative_citations set attributes = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '그룹사 전 직원 ''DT·IT 지식 콘텐츠'' 온라인 연수')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '4차 산업혁명, DT·IT 트렌드, DT 전략, 인공지능 등과 같이 최근 부각되고 있는 핀테크 기술과 디지털 금융환경에 발맞춘 내용을 중심으로 구성됐다';
update initiative_citations set attributes = 'TITLE,LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '그룹 디지털 컨트롤타워 출범과 우리금융디지털타워 이전')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리금융은 지난 달 14일 지주 디지털·IT 부문과 우리에프아이에스 디지털 개발본부로 우리금융디지털타워로 이전하고 그룹 디지털 컨트롤타워를 출범시켰다';
update initiative_citations set attributes = 'TITLE,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '손태승 회장 디지털 집무실')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '손 회장의 디지털 집무실도 이곳에 마련됐다. 손 회장은 매일 오후 디지털 집무실로 이동해 디지털 혁신 과정을 손수 챙기고 실무진과의 소통을 강화해나간다는 계획이다';
update initiative_citations set claim_attribute = 'DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '손태승 회장 디지털 집무실')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '특히 손 회장은 이 자리에서 디지털 인력들이 근무 중인 우리금융남산타워에 제2의 사무실을 마련해 매일 오후 장소를 옮겨 근무할 것이라 공언하기도 했다';
update initiative_citations set attributes = 'TITLE,STATUS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '우리은행 오픈뱅킹 특화 서비스 확대와 전용 상품 출시')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리은행은 올 하반기 중 오픈뱅킹을 통해 이용 가능한 특화 서비스를 대폭 확대하고 고금리 적금, 파킹통장 리뉴얼 등 오픈뱅킹 전용 상품을 출시할 예정이다';
update initiative_citations set attributes = 'STATUS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '마이데이터 혁신 서비스 개발 검토')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '초개인화 자산관리, 고객 관점의 신용평가 및 대출 심사, 데이터 기반 리스크 관리 등 다양한 영역에서의 혁신 서비스 개발도 검토하고 있다';
update initiative_citations set attributes = 'TITLE,STATUS'
where initiative_id = (select id from initiatives where title_ko = '기업금융·자산관리 등 금융 고유 영역의 디지털화')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '이와 함께 우리금융은 핀테크·빅테크 기업과의 차별화를 위해 기업금융, 자산관리 등 금융 고유 영역에서의 디지털화를 추진하며 디지털 사업 영역을 넓히고 있다';
update initiative_citations set attributes = 'TITLE,STATUS,ORGANIZATIONS'
where initiative_id = (select id from initiatives where title_ko = '그룹 통합결제플랫폼')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '주력 계열사인 우리은행과 우리카드는 공동으로 그룹 통합결제플랫폼을 구축하고 협업 마케팅에 나서는 등 그룹 시너지를 강화하고 있다';
update initiative_citations set attributes = 'TITLE,ORGANIZATIONS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '우리WON뱅킹')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '우리은행의 모바일뱅킹인 우리WON뱅킹';
update initiative_citations set attributes = 'TITLE,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '우리WON뱅킹')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융그룹의 대표 애플리케이션 우리WON뱅킹의 MAU는 지난 10월말 기준 719만명을 기록';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '우리WON카드')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '그룹 대표 플랫폼인 우리WON뱅킹, 우리WON카드 외에';
update initiative_citations set attributes = 'TITLE,ORGANIZATIONS,DESCRIPTION'
where initiative_id = (select id from initiatives where title_ko = '우리WON카')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융캐피탈의 자동차금융플랫폼 ‘우리WON카’에 대한 소비자 반응이 긍정적이고';
update initiative_citations set attributes = 'TITLE,ORGANIZATIONS,DESCRIPTION,LAUNCHED'
where initiative_id = (select id from initiatives where title_ko = '우리WON저축은행')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융저축은행은 지난 7월 수신기능을 포함한 풀뱅킹앱 ‘우리WON저축은행’을 새롭게 출시했다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '디지털 통합브랜드 ''우리WON''')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '디지털 통합브랜드 ‘우리WON(원)’도 자리를 잡아가고 있다는 평가다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '플랫폼 고객기반 확대')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융은 디지털혁신위원회를 통해 ‘플랫폼 고객기반 확대’, ‘디지털 유니버셜뱅킹 추진’ 등 그룹 차원에서 추진하고 있는 핵심 의제를 도출했다';
update initiative_citations set attributes = 'TITLE'
where initiative_id = (select id from initiatives where title_ko = '디지털 유니버셜뱅킹 추진')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융은 디지털혁신위원회를 통해 ‘플랫폼 고객기반 확대’, ‘디지털 유니버셜뱅킹 추진’ 등 그룹 차원에서 추진하고 있는 핵심 의제를 도출했다';
update initiative_citations set attributes = 'TITLE,ANNOUNCED'
where initiative_id = (select id from initiatives where title_ko = '디지털 기반 종합금융그룹 체계 완성')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '앞서 손 회장은 올해 ''디지털 기반 종합금융그룹 체계''를 완성하겠다는 포부를 드러내고';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '계좌 개설 고객수' and raw_text = '300만명')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '한 달여 만에 계좌 개설 고객수가 300만명을 돌파했다';
update metric_citations set attributes = 'MEASURE,VALUE,AS_OF'
where metric_id = (select id from metrics where measure_ko = '고객수' and raw_text = '1천294만명')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '지난 8월말 기준 고객수는 1천294만명';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '수신잔액' and raw_text = '22조3천159억원')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '수신잔액은 22조3천159억원';
update metric_citations set attributes = 'MEASURE'
where metric_id = (select id from metrics where measure_ko = '여신잔액' and raw_text = '18조3천3257억원')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '여신잔액은 18조3천3257억원으로';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '유상증자로 확충한 자본' and raw_text = '약 4000억원')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '3대 주주의 유상증자를 통해 자본 약 4000억원을 확충';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '전국 KT 대리점 수' and raw_text = '2500여개')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '전국 2500여개 KT 대리점을 활용한 서비스 홍보';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '협력 과제 분야 수' and raw_text = '총 7개')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '선정된 총 7개 협력 과제 분야마다 양측 주요 사업부문을 매칭';
update metric_citations set attributes = 'ORGANIZATION,VALUE'
where metric_id = (select id from metrics where measure_ko = '공동연수 참여 직원 수' and raw_text = '총 40명')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리은행, 우리카드 등 우리금융 계열사 직원 총 40명은';
update metric_citations set attributes = 'INITIATIVE,VALUE'
where metric_id = (select id from metrics where measure_ko = '공동연수 횟수' and raw_text = '2회')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '지난달부터 이달까지 2회에 걸쳐 빅데이터·인공지능(AI) 공동연수를 실시한다';
update metric_citations set attributes = 'MEASURE'
where metric_id = (select id from metrics where measure_ko = '하루 연수 분량' and raw_text = '하루 10부 내외')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '하루 10부 내외 분량의 ''DT·IT 지식 콘텐츠'' 온라인 연수를 진행하고 있다';
update metric_citations set attributes = 'MEASURE,INITIATIVE,VALUE,AS_OF'
where metric_id = (select id from metrics where measure_ko = '우리WON뱅킹 월간활성사용자수(MAU)' and raw_text = '719만명')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융그룹의 대표 애플리케이션 우리WON뱅킹의 MAU는 지난 10월말 기준 719만명을 기록';
update metric_citations set attributes = 'MEASURE,VALUE'
where metric_id = (select id from metrics where measure_ko = '우리WON뱅킹 MAU 증가(작년 말 대비)' and raw_text = '155만명')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '작년 말 대비 155만명 증가하며 상승세를 이어가고 있다';
update metric_citations set attributes = 'MEASURE,VALUE,TARGET'
where metric_id = (select id from metrics where measure_ko = '그룹 플랫폼 통합 월간활성사용자수(MAU)' and raw_text = '1500만명')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '2023년까지 그룹 플랫폼 통합 월간활성사용자수(MAU) 1500만명 달성하겠다고 밝힌 바 있다';
update statement_citations set attributes = 'TEXT'
where statement_id = (select id from statements where text_ko = '디지털 혁신은 그룹의 생존 문제')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '"디지털 혁신은 그룹의 생존 문제"라며';
update statement_citations set attributes = 'TEXT'
where statement_id = (select id from statements where text_ko = '금융그룹 회장이자 우리금융의 디지털 브랜드인 WON뱅크 CEO라는 각오로 직접 디지털 혁신의 선봉에 서서 1등 디지털 금융그룹으로 변모시킬 것')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '앞으로 금융그룹 회장이자 우리금융의 디지털 브랜드인 WON뱅크 CEO라는 각오로 직접 디지털 혁신의 선봉에 서서 1등 디지털 금융그룹으로 변모시킬 것';
update statement_citations set attributes = 'TEXT'
where statement_id = (select id from statements where text_ko = '디지털 인력들이 근무 중인 우리금융남산타워에 제2의 사무실을 마련해 매일 오후 장소를 옮겨 근무할 것')
  and source_id = (select id from sources where headline_ko = '적은 비용으로 최대 효과…우리금융, 스마트한 디지털 영토 확장 눈길')
  and quote = '디지털 인력들이 근무 중인 우리금융남산타워에 제2의 사무실을 마련해 매일 오후 장소를 옮겨 근무할 것이라 공언하기도 했다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '조만간 경쟁력있는 플랫폼 사업자와 고객 중심의 편리한 금융서비스를 제공할 예정')
  and source_id = (select id from sources where headline_ko = '''취임 6개월'' 권광석 우리은행장, ‘네이버·카카오’ 빅테크와 경쟁대신 협력')
  and quote = '당시 권 행장은 “조만간 경쟁력있는 플랫폼 사업자와 고객 중심의 편리한 금융서비스를 제공할 예정”이라고 언급하기도 했다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '빅테크 기업들과의 경쟁에서 디지털혁신 주도권을 확보하고 ‘한국판 디지털 뉴딜’을 양 그룹이 선도하는 중요한 발판을 마련하겠다')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '이번 협약과 관련해 우리금융 관계자는 “빅테크 기업들과의 경쟁에서 디지털혁신 주도권을 확보하고 ‘한국판 디지털 뉴딜’을 양 그룹이 선도하는 중요한 발판을 마련하겠다”고 말했다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '아직 3자 협력까지 구체적으로 언급하기는 이르지만 디지털혁신에 적극적인 우리금융과 AI, 빅데이터 등 관련 분야 전반의 전문 역량을 갖춘 KT와 함께 시너지를 낼 수 있는 여지는 충분하다')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '케이뱅크 관계자는 “아직 3자 협력까지 구체적으로 언급하기는 이르지만 디지털혁신에 적극적인 우리금융과 AI, 빅데이터 등 관련 분야 전반의 전문 역량을 갖춘 KT와 함께 시너지를 낼 수 있는 여지는 충분하다”며';
update statement_citations set attributes = 'TEXT'
where statement_id = (select id from statements where text_ko = 'BC카드, 우리은행 등 주주사와 상시 대화의 창을 열고 소통하고 있으며 협력 상품 또는 서비스 출시 등 여러 방안을 검토하고 있다')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = '“BC카드, 우리은행 등 주주사와 상시 대화의 창을 열고 소통하고 있으며 협력 상품 또는 서비스 출시 등 여러 방안을 검토하고 있다”고 밝혔다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '케이뱅크 등을 통해 디지털 금융 영역에 꾸준히 관심을 가져 왔고 우리금융과 협력을 통해 다양한 신사업 경쟁력 강화가 가능할 것으로 기대하고 있다')
  and source_id = (select id from sources where headline_ko = '손잡은 우리금융·KT·케뱅 시너지 주목')
  and quote = 'KT 관계자도 “케이뱅크 등을 통해 디지털 금융 영역에 꾸준히 관심을 가져 왔고 우리금융과 협력을 통해 다양한 신사업 경쟁력 강화가 가능할 것으로 기대하고 있다”고 말했다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '업무 협약을 바탕으로 순차적으로 금융과 ICT 융합 협력 방안을 실행해나갈 계획')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리금융 관계자는 “업무 협약을 바탕으로 순차적으로 금융과 ICT 융합 협력 방안을 실행해나갈 계획”이라고 말했다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = 'KT와 함께 마이데이터 합작회사 설립, 공동인증체계 도입 등의 신사업을 추진함으로써 핀테크·빅테크와의 경쟁에서 우위를 선점할 계획')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '우리금융은 “KT와 함께 마이데이터 합작회사 설립, 공동인증체계 도입 등의 신사업을 추진함으로써 핀테크·빅테크와의 경쟁에서 우위를 선점할 계획”이라고 밝혔다';
update statement_citations set attributes = 'TEXT,SPEAKER,CONTEXT'
where statement_id = (select id from statements where text_ko = '일방향으로 흐르는 조직 논리에 대응해 상반된 관점에서 오류를 제거하고 최적의 의사결정을 지원할 수 있도록 고민해 달라')
  and source_id = (select id from sources where headline_ko = '손태승 회장, ICT 융합 디지털 기반 신사업 ‘속도’')
  and quote = '손 회장은 레드팀에 “일방향으로 흐르는 조직 논리에 대응해 상반된 관점에서 오류를 제거하고 최적의 의사결정을 지원할 수 있도록 고민해 달라”고 주문했다';
update statement_citations set attributes = 'TEXT,SPEAKER,CONTEXT'
where statement_id = (select id from statements where text_ko = '디지털 리딩 금융그룹 도약을 위해 그룹의 전체 역량을 집중해 달라')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융그룹은 24일 손태승 회장이 최근 진행된 그룹 ''디지털혁신위원회''에서 디지털 리딩 금융그룹 도약을 위해 그룹의 전체 역량을 집중해 달라고 강조했다고 밝혔다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '올해 ''디지털 기반 종합금융그룹 체계''를 완성하고, 2023년까지 그룹 플랫폼 통합 월간활성사용자수(MAU) 1500만명을 달성하겠다')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '앞서 손 회장은 올해 ''디지털 기반 종합금융그룹 체계''를 완성하겠다는 포부를 드러내고, 2023년까지 그룹 플랫폼 통합 월간활성사용자수(MAU) 1500만명 달성하겠다고 밝힌 바 있다';
update statement_citations set attributes = 'TEXT,SPEAKER'
where statement_id = (select id from statements where text_ko = '이러한 성과는 고객 관점에서 이용 편의성을 새롭게 정의하고, 플랫폼 비즈니스 모델을 제로베이스에서 다시 고민하는 등 플랫폼의 기본부터 다시 고민하고 처방해 얻은 결과')
  and source_id = (select id from sources where headline_ko = '손태승 회장 "디지털 플랫폼 기업 도약 위해 전사 역량 집중"')
  and quote = '우리금융그룹 관계자는 "이러한 성과는 고객 관점에서 이용 편의성을 새롭게 정의하고, 플랫폼 비즈니스 모델을 제로베이스에서 다시 고민하는 등 플랫폼의 기본부터 다시 고민하고 처방해 얻은 결과"라고 설명했다';

-- The seed's first revision (V6) shows the citations as they are seeded now.

update organization_citations_aud a
set attributes = (select c.attributes from organization_citations c where c.organization_id = a.organization_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from organization_citations c where c.organization_id = a.organization_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from organization_citations c where c.organization_id = a.organization_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update organization_relation_citations_aud a
set attributes = (select c.attributes from organization_relation_citations c where c.organization_relation_id = a.organization_relation_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from organization_relation_citations c where c.organization_relation_id = a.organization_relation_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from organization_relation_citations c where c.organization_relation_id = a.organization_relation_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update person_citations_aud a
set attributes = (select c.attributes from person_citations c where c.person_id = a.person_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from person_citations c where c.person_id = a.person_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from person_citations c where c.person_id = a.person_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update position_citations_aud a
set attributes = (select c.attributes from position_citations c where c.position_id = a.position_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from position_citations c where c.position_id = a.position_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from position_citations c where c.position_id = a.position_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update agreement_citations_aud a
set attributes = (select c.attributes from agreement_citations c where c.agreement_id = a.agreement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from agreement_citations c where c.agreement_id = a.agreement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from agreement_citations c where c.agreement_id = a.agreement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update initiative_citations_aud a
set attributes = (select c.attributes from initiative_citations c where c.initiative_id = a.initiative_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from initiative_citations c where c.initiative_id = a.initiative_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from initiative_citations c where c.initiative_id = a.initiative_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update metric_citations_aud a
set attributes = (select c.attributes from metric_citations c where c.metric_id = a.metric_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from metric_citations c where c.metric_id = a.metric_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from metric_citations c where c.metric_id = a.metric_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
update statement_citations_aud a
set attributes = (select c.attributes from statement_citations c where c.statement_id = a.statement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote),
    claim_attribute = (select c.claim_attribute from statement_citations c where c.statement_id = a.statement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote)
where a.rev = (select max(rev) from revinfo where username = 'seed')
  and exists (select 1 from statement_citations c where c.statement_id = a.statement_id and c.position = a.position and c.source_id = a.source_id and c.quote = a.quote);
