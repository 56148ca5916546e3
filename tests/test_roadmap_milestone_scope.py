"""Milestones when the item's section and its own wording disagree (phrases composed for these tests).

The section's block decides ties and allows the block's `scoped` patterns; an item
that names another block's milestone more specifically keeps it, per-direction
milestones under blocks 1 and 2 included; a section naming neither a block nor a
direction says nothing about the block.
"""
from __future__ import annotations

import pytest

from normalizers.milestones import block_area, match_milestone
from normalizers.roadmap_codes import code_roadmap


@pytest.mark.parametrize("area, text, code", [
    # another block's milestone, named more specifically than anything of the section's block
    ("hr", "Сформировать реестр государственных услуг и внутренних процессов", "process_registry"),
    ("appeals", "Утверждение порядка работы с обратной связью граждан", "feedback_procedure"),
    ("hr", "Разработка плана оптимизации предоставления услуг", "optimization_plans"),
    ("hr", "Назначение ответственных лиц в подведомственных учреждениях", "subordinate_responsibles"),
    ("appeals", "Самооценка зрелости системы кадровой работы", "hr_maturity_assessment"),
    # the section's block still decides what only it can read
    ("hr", "Утвердить план мероприятий", "hr_improvement_plan"),
    ("general", "Проведена оценка удовлетворенности заявителей", "satisfaction_by_group"),
    ("appeals", "Проведена оценка удовлетворенности заявителей", "satisfaction"),
    # a per-direction milestone under block 1 or 2 is still what the item says (regions file
    # items under sections of their own making; the area says where it was filed)
    ("general", "Утверждение перечня точек взаимодействия", "touchpoint_list"),
    ("hr", "Разработка целевой модели процессов", "target_model"),
    ("hr", "Проведение сегментации получателей государственных услуг", "segmentation"),
    ("general", "Разработать план перестройки процессов надзора", "reengineering_plan"),
    # ... the block's own reading still wins a tie: an HR section's bare plan is HR's
    ("hr", "Утвердить план мероприятий", "hr_improvement_plan"),
    ("general", "Утвердить перечень точек взаимодействия по направлению «Обращения граждан»", "touchpoint_list"),
    ("hr", "Описание целевого состояния по направлению «Кадровая работа»", "target_model"),
    # an unnamed section ('other') is no block: the wording alone decides
    ("other", "Проведение оценки удовлетворенности получателей по группам услуг", "satisfaction_by_group"),
    ("other", "Утвердить модель внедрения клиентоцентричности", "model_approved"),
])
def test_section_and_wording(area, text, code):
    assert match_milestone(area, text) == code


@pytest.mark.parametrize("area, text, code", [
    ("general", "Описание пути клиента при получении услуги", "journey_maps"),
    ("general", "Закрепить обязанности по клиентоцентричности за первым заместителем", "responsible_appointed"),
    ("general", "Принятие регламента обработки отзывов граждан", "feedback_procedure"),
    ("appeals", "Выявление точек контакта с заявителями", "touchpoint_list"),
    ("appeals", "Утверждение стандарта общения с заявителями", "interaction_rules"),
    (None, "Определение ответственного за клиентоцентричность в управлении персоналом", "hr_responsible"),
    (None, "Подготовка плана повышения качества кадровой работы", "hr_improvement_plan"),
    (None, "Возложение обязанностей по внедрению клиентоцентричности на заместителя министра", "responsible_appointed"),
    (None, "Назначение куратора внедрения клиентоцентричного подхода", "responsible_appointed"),
    (None, "Утверждение модели клиентоцентричного управления", "model_approved"),
    (None, "Утверждение методики ведения реестра услуг", "process_registry_procedure"),
    (None, "Инвентаризация процессов органа власти", "process_registry"),
    (None, "Формирование перечня процессов министерства", "process_registry"),
    (None, "Формирование перечня точек взаимодействия по процессам", "touchpoint_list"),
    (None, "Картирование клиентского опыта", "journey_maps"),
    (None, "Построение пути заявителя по жизненным ситуациям", "journey_maps"),
    (None, "План улучшения качества услуг по итогам опросов", "optimization_plans"),
    (None, "Разработка плана совершенствования кадровых процессов", "hr_improvement_plan"),
    (None, "Диагностика системы управления персоналом", "hr_maturity_assessment"),
    (None, "Оценка профессиональных качеств сотрудников кадровой службы", "hr_staff_assessment"),
    (None, "Определение точек взаимодействия с клиентами", "touchpoint_list"),
    (None, "Описание желаемого состояния процесса", "target_model"),
    (None, "Сегментирование получателей услуг", "segmentation"),
    (None, "Разработка стандарта обслуживания заявителей", "interaction_rules"),
    (None, "Проведение обучения сотрудников основам клиентоцентричности", "other"),
    (None, "Закрепление функций по приёму обращений за отделом", "other"),   # not the one responsible
    # synonyms of the template's words: коммуникация = взаимодействие, перестройка = реинжиниринг,
    # a person "отвечающее за" = the one responsible, competences = the staff's qualities
    (None, "Разработка стандарта коммуникации с заявителями", "interaction_rules"),
    (None, "Перестройка процессов выдачи лицензий", "reengineering"),
    (None, "Утверждение плана перестройки процессов", "reengineering_plan"),
    (None, "Оценка компетенций специалистов отдела кадров", "hr_staff_assessment"),
    (None, "Составление карты клиентского опыта", "journey_maps"),
    (None, "Выбор в подведомственных организациях лиц, отвечающих за клиентоцентричность",
     "subordinate_responsibles"),
    (None, "Регламентация процедуры сбора отзывов и обратной связи", "feedback_procedure"),
    # other names of the same concepts: an inventory or list of processes is the registry, a
    # programme a plan, a roadmap of reengineering its plan, skills the staff's qualities
    (None, "Утверждение методики учёта процессов министерства", "process_registry_procedure"),
    ("hr", "Утвердить программу развития работы с персоналом", "hr_improvement_plan"),
    ("hr", "Определить куратора кадровой работы с клиентами", "hr_responsible"),
    (None, "Оценка навыков работников кадровой службы", "hr_staff_assessment"),
    ("education", "Разработать дорожную карту реинжиниринга процессов", "reengineering_plan"),
    # work done "in accordance with the plan" carries the plan out
    ("education", "Реинжиниринг процессов согласно плану, в соответствии с планом", "reengineering"),
    ("education", "Составить профили заявителей", "segmentation"),
    (None, "Назначение специалиста, курирующего внедрение клиентоцентричности", "responsible_appointed"),
])
def test_vocabulary(area, text, code):
    assert match_milestone(area, text) == code


def test_personnel_management_section_is_hr():
    assert block_area("Мероприятия в сфере управления персоналом") == "hr"


def test_item_under_an_unnamed_section_keeps_its_block_1_milestone():
    rec = {"is_section": False, "activity": "Утверждение модели внедрения клиентоцентричности",
           "headings": [("Прочие мероприятия", False)]}
    row = code_roadmap([rec])[0]
    assert (row["area"], row["milestone"]) == ("other", "model_approved")


@pytest.mark.parametrize("area, text, code", [
    # word families: any verb of appointing, any word for being in charge, any name of HR
    (None, "Возложить на начальника отдела по работе с персоналом функции по клиентоцентричности",
     "hr_responsible"),
    (None, "Выбор сотрудника отдела кадров, отвечающего за клиентоцентричность", "hr_responsible"),
    (None, "Наделение заместителя министра полномочиями по внедрению клиентоцентричности",
     "responsible_appointed"),
    ("general", "Закрепление ответственности за внедрение стандарта за статс-секретарём", "responsible_appointed"),
    # carrying a plan out (the item's action) is the reengineering; a plan for processes of
    # carrying something out is still a plan
    (None, "Выполнение плана реинжиниринга процессов лицензирования", "reengineering"),
    ("education", "Обеспечить реализацию плана перепроектирования процессов", "reengineering"),
    (None, "Утвердить план редизайна процессов осуществления лицензирования", "reengineering_plan"),
    (None, "Перестроить процессы выдачи разрешений", "reengineering"),
    # a conformity phrase names what the item goes by, not what it makes
    (None, "Описание целевого состояния процессов согласно карте клиентского пути", "target_model"),
    ("education", "Перестроить процессы выдачи разрешений на основе описания целевого состояния",
     "reengineering"),
    # ... and is read when nothing else is
    (None, "Работа в соответствии с картой клиентского пути", "journey_maps"),
    # raising quality or efficiency is improving; a model of introducing client-centricity is
    # block 1's model even when called a target model, a target model of processes is block 3's
    (None, "План мероприятий по повышению качества предоставления услуг", "optimization_plans"),
    (None, "Программа повышения эффективности работы с персоналом", "hr_improvement_plan"),
    (None, "Утверждение целевой модели внедрения клиентоцентричности", "model_approved"),
    (None, "Целевая модель клиентоцентричного процесса выдачи лицензий", "target_model"),
    # other words for the same concepts: a catalogue of processes, a client's route, HR written
    # in Latin, asking clients, a service standard, the process "as it should be", a programme
    # of reengineering, a client's portrait, putting the target model into practice
    (None, "Ведение каталога государственных функций", "process_registry"),
    (None, "Описание маршрута заявителя при получении выплаты", "journey_maps"),
    (None, "Самооценка зрелости HR-функции", "hr_maturity_assessment"),
    (None, "Анкетирование получателей мер поддержки", "satisfaction"),
    (None, "Опрос граждан по группам услуг", "satisfaction_by_group"),
    (None, "Разработка стандарта сервиса для посетителей", "interaction_rules"),
    (None, "Моделирование процесса «как должно быть»", "target_model"),
    (None, "Принятие программы перепроектирования процессов", "reengineering_plan"),
    (None, "Составление портретов заявителей", "segmentation"),
    (None, "Переход к целевому состоянию процессов лицензирования", "reengineering"),
    # ... only as the item's action, not named after the target state
    (None, "Описание целевого состояния процессов с последующим внедрением", "target_model"),
    (None, "План устранения недостатков в предоставлении услуг", "optimization_plans"),
    # ... which do not catch items outside the template
    (None, "Опрос сотрудников о мотивации", "other"),
    (None, "Разработка маршрута выездной проверки", "other"),
    # the body's survey as a whole spans its groups of processes
    (None, "Измерение сводного индекса удовлетворённости клиентов министерства", "satisfaction_by_group"),
])
def test_concepts(area, text, code):
    assert match_milestone(area, text) == code
