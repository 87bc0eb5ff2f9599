# Where the integration and image tests find the servers .ci/services.sh starts.
export ZIVO_TEST_DATABASE_URL="${ZIVO_TEST_DATABASE_URL:-postgresql+psycopg://zivo:zivo@127.0.0.1:5432/zivo_test}"
export ZIVO_TEST_REDIS_URL="${ZIVO_TEST_REDIS_URL:-redis://127.0.0.1:6379/15}"
