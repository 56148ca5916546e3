"""What the public contract (shared CONTRACT.md, section 4.1) says each channel code is.

Used only to state a point type the way a document would; the contract, not the
project's vocabulary, is the source."""
DIGITAL = frozenset({"website", "social_network", "messenger", "online_service", "feedback_platform", "gosuslugi",
                     "edms", "email", "video_conference", "workstation", "mobile_app", "chatbot", "api",
                     "online_survey"})
OFFLINE = frozenset({"phone", "personal_reception", "written_mail", "internal_office", "request_log", "in_person",
                     "info_stand", "offline_survey", "mfc"})


def point_type(channel_code: str) -> str | None:
    if channel_code in DIGITAL:
        return "digital"
    if channel_code in OFFLINE:
        return "offline"
    return None
