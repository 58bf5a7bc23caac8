# `portcheck number` as staff run it: the issue's example verbatim, exit codes, usage errors.
function(run expect_rc expect_out)
  execute_process(COMMAND "${PORTCHECK}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL expect_rc)
    message(FATAL_ERROR "portcheck ${ARGN}: exit ${rc}, expected ${expect_rc}\nstdout: ${out}\nstderr: ${err}")
  endif()
  if(NOT "${expect_out}" STREQUAL "" AND NOT out STREQUAL expect_out)
    message(FATAL_ERROR "portcheck ${ARGN}: output\n${out}\nexpected\n${expect_out}")
  endif()
  set(last_err "${err}" PARENT_SCOPE)
endfunction()

set(expected [=[{"input":"(787) 724-2000","e164":"+17877242000","region":"PR","type":"fixed_line_or_mobile","eligible":true,"code":"ok"}
{"input":"+1 416 979 1234","e164":"+14169791234","region":"CA","type":"fixed_line_or_mobile","eligible":false,"code":"canadian"}
{"input":"1-800-FLOWERS","e164":"+18003569377","region":"US","type":"toll_free","eligible":false,"code":"toll_free"}
]=])
run(1 "${expected}" number "(787) 724-2000" "+1 416 979 1234" "1-800-FLOWERS")
run(0 "" number "(787) 724-2000" "(274) 234-5678")
run(1 "" number "(787) 724-2000" "(237) 234-5678")
run(2 "" number)
if(NOT last_err MATCHES "^portcheck: number: give at least one phone number\n")
  message(FATAL_ERROR "usage error should come first on stderr, got: ${last_err}")
endif()
run(2 "" frobnicate)
run(0 "" --version)

# `portcheck area-codes`: the whole table, or the rows asked for; anything else is a usage error.
set(expected [=[npa	status	region	source	verdict
787	us_territory	PR	both	unverified
200	unassigned	-	none	invalid
]=])
run(0 "${expected}" area-codes 787 200)
run(2 "" area-codes 1234)
run(2 "" area-codes 199)
run(0 "" area-codes)
