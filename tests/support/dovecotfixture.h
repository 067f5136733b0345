#pragma once

// Placeholder: the Dovecot fixture work replaces this file.
class DovecotFixture
{
};
