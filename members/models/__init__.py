"""The members app's models: accounts, the management team, the group's
settings and the who's-who page."""

from .accounts import Member, MemberManager
from .directory import WhosWhoPage
from .settings import GroupSettings
from .team import TeamRole

__all__ = ["GroupSettings", "Member", "MemberManager", "TeamRole", "WhosWhoPage"]
