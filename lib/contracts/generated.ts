//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BrevToken
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const brevTokenAbi = [
  {
    type: 'constructor',
    inputs: [{ name: 'admin', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEFAULT_ADMIN_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DOMAIN_SEPARATOR',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MINTER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'eip712Domain',
    outputs: [
      { name: 'fields', internalType: 'bytes1', type: 'bytes1' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'version', internalType: 'string', type: 'string' },
      { name: 'chainId', internalType: 'uint256', type: 'uint256' },
      { name: 'verifyingContract', internalType: 'address', type: 'address' },
      { name: 'salt', internalType: 'bytes32', type: 'bytes32' },
      { name: 'extensions', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRoleAdmin',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'mint',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'nonces',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'v', internalType: 'uint8', type: 'uint8' },
      { name: 'r', internalType: 'bytes32', type: 'bytes32' },
      { name: 's', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'permit',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'callerConfirmation', internalType: 'address', type: 'address' },
    ],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'interfaceId', internalType: 'bytes4', type: 'bytes4' }],
    name: 'supportsInterface',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  { type: 'event', anonymous: false, inputs: [], name: 'EIP712DomainChanged' },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newAdminRole',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  { type: 'error', inputs: [], name: 'AccessControlBadConfirmation' },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'neededRole', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAccount',
  },
  { type: 'error', inputs: [], name: 'ECDSAInvalidSignature' },
  {
    type: 'error',
    inputs: [{ name: 'length', internalType: 'uint256', type: 'uint256' }],
    name: 'ECDSAInvalidSignatureLength',
  },
  {
    type: 'error',
    inputs: [{ name: 's', internalType: 'bytes32', type: 'bytes32' }],
    name: 'ECDSAInvalidSignatureS',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [{ name: 'deadline', internalType: 'uint256', type: 'uint256' }],
    name: 'ERC2612ExpiredSignature',
  },
  {
    type: 'error',
    inputs: [
      { name: 'signer', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'ERC2612InvalidSigner',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'currentNonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'InvalidAccountNonce',
  },
  { type: 'error', inputs: [], name: 'InvalidShortString' },
  {
    type: 'error',
    inputs: [{ name: 'str', internalType: 'string', type: 'string' }],
    name: 'StringTooLong',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// BrevisMarket
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const brevisMarketAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: '_picoVerifier',
        internalType: 'contract IPicoVerifier',
        type: 'address',
      },
      {
        name: '_stakingController',
        internalType: 'contract IStakingController',
        type: 'address',
      },
      { name: '_biddingPhaseDuration', internalType: 'uint64', type: 'uint64' },
      { name: '_revealPhaseDuration', internalType: 'uint64', type: 'uint64' },
      { name: '_minMaxFee', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'BPS_DENOMINATOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EPOCH_UPDATER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_DEADLINE_DURATION',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'address', type: 'address' }],
    name: 'assignedStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    name: 'batchRefund',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'bidHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'bid',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'biddingPhaseDuration',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'cancelOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'cumulativeProtocolFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'feeToken',
    outputs: [{ name: '', internalType: 'contract IERC20', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getBidHash',
    outputs: [{ name: 'bidHash', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getBidders',
    outputs: [
      { name: 'winner', internalType: 'address', type: 'address' },
      { name: 'winnerFee', internalType: 'uint256', type: 'uint256' },
      { name: 'secondPlace', internalType: 'address', type: 'address' },
      { name: 'secondFee', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalRecentStats',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct IBrevisMarket.GlobalStats',
        type: 'tuple',
        components: [
          { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'epochId', internalType: 'uint64', type: 'uint64' }],
    name: 'getGlobalStatsForStatsEpoch',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct IBrevisMarket.GlobalStats',
        type: 'tuple',
        components: [
          { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'endAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalStatsTotal',
    outputs: [
      {
        name: '',
        internalType: 'struct IBrevisMarket.GlobalStats',
        type: 'tuple',
        components: [
          { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getProtocolFeeInfo',
    outputs: [
      { name: 'feeBps', internalType: 'uint256', type: 'uint256' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingRequests',
    outputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverRecentStats',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct IBrevisMarket.ProverStats',
        type: 'tuple',
        components: [
          { name: 'bids', internalType: 'uint64', type: 'uint64' },
          { name: 'reveals', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
          { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
          { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'epochId', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'getProverStatsForStatsEpoch',
    outputs: [
      {
        name: 'stats',
        internalType: 'struct IBrevisMarket.ProverStats',
        type: 'tuple',
        components: [
          { name: 'bids', internalType: 'uint64', type: 'uint64' },
          { name: 'reveals', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
          { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
          { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
        ],
      },
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'endAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStatsTotal',
    outputs: [
      {
        name: '',
        internalType: 'struct IBrevisMarket.ProverStats',
        type: 'tuple',
        components: [
          { name: 'bids', internalType: 'uint64', type: 'uint64' },
          { name: 'reveals', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
          { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
          { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getRecentStatsInfo',
    outputs: [
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'epochId', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'getRequest',
    outputs: [
      {
        name: 'status',
        internalType: 'enum IBrevisMarket.ReqStatus',
        type: 'uint8',
      },
      { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
      { name: 'minStake', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint64', type: 'uint64' },
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
      { name: 'version', internalType: 'uint32', type: 'uint32' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderPendingRequests',
    outputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getSubmittersForProver',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    name: 'globalStats',
    outputs: [
      { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
      { name: 'totalFulfilled', internalType: 'uint64', type: 'uint64' },
      { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'grantRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      {
        name: '_picoVerifier',
        internalType: 'contract IPicoVerifier',
        type: 'address',
      },
      {
        name: '_stakingController',
        internalType: 'contract IStakingController',
        type: 'address',
      },
      { name: '_biddingPhaseDuration', internalType: 'uint64', type: 'uint64' },
      { name: '_revealPhaseDuration', internalType: 'uint64', type: 'uint64' },
      { name: '_minMaxFee', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'init',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxMaxFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minMaxFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'overcommitBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    name: 'picoVerifiers',
    outputs: [
      { name: '', internalType: 'contract IPicoVerifier', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'popStatsEpoch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'protocolFeeBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'address', type: 'address' },
      { name: '', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'proverStats',
    outputs: [
      { name: 'bids', internalType: 'uint64', type: 'uint64' },
      { name: 'reveals', internalType: 'uint64', type: 'uint64' },
      { name: 'requestsFulfilled', internalType: 'uint64', type: 'uint64' },
      { name: 'requestsRefunded', internalType: 'uint64', type: 'uint64' },
      { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
      { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'refund',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'registerSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'submitters', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'registerSubmitters',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'req',
        internalType: 'struct IBrevisMarket.ProofRequest',
        type: 'tuple',
        components: [
          { name: 'nonce', internalType: 'uint64', type: 'uint64' },
          { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'publicValuesDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'imgURL', internalType: 'string', type: 'string' },
          { name: 'inputData', internalType: 'bytes', type: 'bytes' },
          { name: 'inputURL', internalType: 'string', type: 'string' },
          { name: 'version', internalType: 'uint32', type: 'uint32' },
          {
            name: 'fee',
            internalType: 'struct IBrevisMarket.FeeParams',
            type: 'tuple',
            components: [
              { name: 'maxFee', internalType: 'uint96', type: 'uint96' },
              { name: 'minStake', internalType: 'uint96', type: 'uint96' },
              { name: 'deadline', internalType: 'uint64', type: 'uint64' },
            ],
          },
        ],
      },
    ],
    name: 'requestProof',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    name: 'requests',
    outputs: [
      {
        name: 'status',
        internalType: 'enum IBrevisMarket.ReqStatus',
        type: 'uint8',
      },
      { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
      { name: 'sender', internalType: 'address', type: 'address' },
      {
        name: 'fee',
        internalType: 'struct IBrevisMarket.FeeParams',
        type: 'tuple',
        components: [
          { name: 'maxFee', internalType: 'uint96', type: 'uint96' },
          { name: 'minStake', internalType: 'uint96', type: 'uint96' },
          { name: 'deadline', internalType: 'uint64', type: 'uint64' },
        ],
      },
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
      { name: 'version', internalType: 'uint32', type: 'uint32' },
      { name: 'bidCount', internalType: 'uint32', type: 'uint32' },
      {
        name: 'winner',
        internalType: 'struct IBrevisMarket.Bidder',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'fee', internalType: 'uint96', type: 'uint96' },
        ],
      },
      {
        name: 'second',
        internalType: 'struct IBrevisMarket.Bidder',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'fee', internalType: 'uint96', type: 'uint96' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'fee', internalType: 'uint256', type: 'uint256' },
      { name: 'nonce', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'reveal',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'revealPhaseDuration',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'revokeRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleAdmin',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMemberCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMembers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'startAt', internalType: 'uint64', type: 'uint64' }],
    name: 'scheduleStatsEpoch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDuration', internalType: 'uint64', type: 'uint64' }],
    name: 'setBiddingPhaseDuration',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newMaxFee', internalType: 'uint256', type: 'uint256' }],
    name: 'setMaxMaxFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newMinFee', internalType: 'uint256', type: 'uint256' }],
    name: 'setMinMaxFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newBps', internalType: 'uint256', type: 'uint256' }],
    name: 'setOvercommitBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'version', internalType: 'uint32', type: 'uint32' },
      {
        name: 'newVerifier',
        internalType: 'contract IPicoVerifier',
        type: 'address',
      },
    ],
    name: 'setPicoVerifier',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newBps', internalType: 'uint256', type: 'uint256' }],
    name: 'setProtocolFeeBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDuration', internalType: 'uint64', type: 'uint64' }],
    name: 'setRevealPhaseDuration',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    name: 'setRoleAdmin',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newBps', internalType: 'uint256', type: 'uint256' }],
    name: 'setSlashBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newWindow', internalType: 'uint256', type: 'uint256' }],
    name: 'setSlashWindow',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'setSubmitterConsent',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'slash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'slashWindow',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [
      {
        name: '',
        internalType: 'contract IStakingController',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'startOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'statsEpochId',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    name: 'statsEpochs',
    outputs: [
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'endAt', internalType: 'uint64', type: 'uint64' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'statsEpochsLength',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    name: 'submitProof',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'submitterConsent',
    outputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'submitterToProver',
    outputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'unregisterSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unregisterSubmitter',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'submitters', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'unregisterSubmitters',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'to', internalType: 'address', type: 'address' }],
    name: 'withdrawProtocolFee',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'withdrawnProtocolFee',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'fee', internalType: 'uint256', type: 'uint256', indexed: false },
    ],
    name: 'BidRevealed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'BiddingPhaseDurationUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldToken',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newToken',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'FeeTokenUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MaxMaxFeeUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinMaxFeeUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'bidHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'NewBid',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'req',
        internalType: 'struct IBrevisMarket.ProofRequest',
        type: 'tuple',
        components: [
          { name: 'nonce', internalType: 'uint64', type: 'uint64' },
          { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'publicValuesDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'imgURL', internalType: 'string', type: 'string' },
          { name: 'inputData', internalType: 'bytes', type: 'bytes' },
          { name: 'inputURL', internalType: 'string', type: 'string' },
          { name: 'version', internalType: 'uint32', type: 'uint32' },
          {
            name: 'fee',
            internalType: 'struct IBrevisMarket.FeeParams',
            type: 'tuple',
            components: [
              { name: 'maxFee', internalType: 'uint96', type: 'uint96' },
              { name: 'minStake', internalType: 'uint96', type: 'uint96' },
              { name: 'deadline', internalType: 'uint64', type: 'uint64' },
            ],
          },
        ],
        indexed: false,
      },
    ],
    name: 'NewRequest',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'OvercommitBpsUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'canceledPendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferCanceled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'pendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'version',
        internalType: 'uint32',
        type: 'uint32',
        indexed: true,
      },
      {
        name: 'oldVerifier',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newVerifier',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'PicoVerifierUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'proof',
        internalType: 'uint256[8]',
        type: 'uint256[8]',
        indexed: false,
      },
      {
        name: 'actualFee',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProofSubmitted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProtocolFeeBpsUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProtocolFeeWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'slashAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'ProverSlashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'reqid',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'requester',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Refunded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDuration',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newDuration',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'RevealPhaseDurationUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newBps',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SlashBpsUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldWindow',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newWindow',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'SlashWindowUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'poppedStartAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'StatsEpochPopped',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'scheduledStartAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'StatsEpochScheduled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'newEpochId',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'statsStartAt',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'StatsReset',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldProver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newProver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterConsentUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterRegistered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'submitter',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'SubmitterUnregistered',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountAlreadyHasRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountDoesNotHaveRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAdmin',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketBeforeDeadline',
  },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'bytes32', type: 'bytes32' },
      { name: 'actual', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'MarketBidRevealMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'biddingEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketBiddingPhaseEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'biddingEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketBiddingPhaseNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'startAt', internalType: 'uint64', type: 'uint64' },
      { name: 'currentTime', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'MarketCannotPopStartedEpoch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'biddingEndTime', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketCannotRefundYet',
  },
  {
    type: 'error',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'MarketCannotRegisterProverAsSubmitter',
  },
  { type: 'error', inputs: [], name: 'MarketCannotRegisterSelf' },
  { type: 'error', inputs: [], name: 'MarketDeadlineBeforeRevealPhaseEnd' },
  { type: 'error', inputs: [], name: 'MarketDeadlineMustBeInFuture' },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketDeadlinePassed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'deadline', internalType: 'uint256', type: 'uint256' },
      { name: 'maxAllowed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketDeadlineTooFar',
  },
  {
    type: 'error',
    inputs: [
      { name: 'fee', internalType: 'uint256', type: 'uint256' },
      { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketFeeExceedsMaximum',
  },
  { type: 'error', inputs: [], name: 'MarketInvalidBps' },
  {
    type: 'error',
    inputs: [
      {
        name: 'status',
        internalType: 'enum IBrevisMarket.ReqStatus',
        type: 'uint8',
      },
    ],
    name: 'MarketInvalidRequestStatus',
  },
  { type: 'error', inputs: [], name: 'MarketInvalidStakingController' },
  {
    type: 'error',
    inputs: [
      { name: 'lastStartAt', internalType: 'uint64', type: 'uint64' },
      { name: 'newStartAt', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'MarketInvalidStatsEpochStart',
  },
  {
    type: 'error',
    inputs: [
      { name: 'provided', internalType: 'uint256', type: 'uint256' },
      { name: 'maximum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketMaxFeeTooHigh',
  },
  {
    type: 'error',
    inputs: [
      { name: 'provided', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketMaxFeeTooLow',
  },
  {
    type: 'error',
    inputs: [
      { name: 'provided', internalType: 'uint256', type: 'uint256' },
      { name: 'minimum', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketMinStakeTooLow',
  },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketNoAssignedProverToSlash',
  },
  { type: 'error', inputs: [], name: 'MarketNoFutureEpochToPop' },
  { type: 'error', inputs: [], name: 'MarketNoProtocolFeeToWithdraw' },
  { type: 'error', inputs: [], name: 'MarketNotAuthorized' },
  {
    type: 'error',
    inputs: [
      { name: 'expected', internalType: 'address', type: 'address' },
      { name: 'actual', internalType: 'address', type: 'address' },
    ],
    name: 'MarketNotExpectedProver',
  },
  {
    type: 'error',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'requiredStake', internalType: 'uint256', type: 'uint256' },
      { name: 'actualStake', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketProverNotEligible',
  },
  { type: 'error', inputs: [], name: 'MarketProverNotRegistered' },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketRequestAlreadyExists',
  },
  {
    type: 'error',
    inputs: [{ name: 'reqid', internalType: 'bytes32', type: 'bytes32' }],
    name: 'MarketRequestNotFound',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketRevealPhaseEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'revealEndTime', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketRevealPhaseNotEnded',
  },
  {
    type: 'error',
    inputs: [
      { name: 'currentTime', internalType: 'uint256', type: 'uint256' },
      { name: 'slashWindowEnd', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'MarketSlashWindowExpired',
  },
  {
    type: 'error',
    inputs: [
      { name: 'submitter', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'MarketSubmitterAlreadyRegistered',
  },
  {
    type: 'error',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'MarketSubmitterConsentRequired',
  },
  {
    type: 'error',
    inputs: [{ name: 'submitter', internalType: 'address', type: 'address' }],
    name: 'MarketSubmitterNotRegistered',
  },
  {
    type: 'error',
    inputs: [{ name: 'version', internalType: 'uint32', type: 'uint32' }],
    name: 'MarketVerifierVersionNotSet',
  },
  { type: 'error', inputs: [], name: 'MarketZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnerAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'address', type: 'address' },
    ],
    name: 'OwnerUnauthorized',
  },
  { type: 'error', inputs: [], name: 'OwnerZeroAddress' },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// DevBrevisProof
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const devBrevisProofAbi = [
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'uint64', type: 'uint64' },
      { name: '_proofWithPubInputs', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'submitProof',
    outputs: [
      { name: 'proofId', internalType: 'bytes32', type: 'bytes32' },
      { name: 'appCommitHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'appVkHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'appCommitHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'appVkHash', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'testProof',
    outputs: [{ name: 'proof', internalType: 'bytes', type: 'bytes' }],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'DevBrevisProofBadSeal' },
  {
    type: 'error',
    inputs: [
      { name: 'length', internalType: 'uint256', type: 'uint256' },
      { name: 'expected', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'DevBrevisProofWrongLength',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// DevProofVerifier
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const devProofVerifierAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesDigest', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'testProof',
    outputs: [
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'riscvVkey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValues', internalType: 'bytes', type: 'bytes' },
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    name: 'verifyPicoProof',
    outputs: [],
    stateMutability: 'pure',
  },
  {
    type: 'function',
    inputs: [
      { name: 'riscvVkey', internalType: 'bytes32', type: 'bytes32' },
      { name: 'publicValuesHash', internalType: 'bytes32', type: 'bytes32' },
      { name: 'proof', internalType: 'uint256[8]', type: 'uint256[8]' },
    ],
    name: 'verifyPicoProof',
    outputs: [],
    stateMutability: 'pure',
  },
  { type: 'error', inputs: [], name: 'ProofInvalid' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// EpochRewards
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const epochRewardsAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: '_stakingController', internalType: 'address', type: 'address' },
      { name: '_brevisProof', internalType: 'address', type: 'address' },
      { name: '_rewardUpdater', internalType: 'address', type: 'address' },
      { name: '_epochUpdater', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'EPOCH_UPDATER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PAUSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'REWARD_UPDATER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'brevisProof',
    outputs: [
      { name: '', internalType: 'contract IBrevisProof', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'cancelOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'distributeRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    name: 'epochConfigs',
    outputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'fromTime', internalType: 'uint64', type: 'uint64' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    name: 'epochLastProver',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '', internalType: 'uint32', type: 'uint32' },
      { name: '', internalType: 'address', type: 'address' },
    ],
    name: 'epochProverRewards',
    outputs: [
      { name: 'amount', internalType: 'uint128', type: 'uint128' },
      { name: 'distributed', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    name: 'epochTotalRewards',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'toEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'getBatchDistributableRewards',
    outputs: [
      {
        name: 'results',
        internalType: 'struct EpochRewards.ProverDistributableRewards[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'epochs', internalType: 'uint32[]', type: 'uint32[]' },
          { name: 'amounts', internalType: 'uint128[]', type: 'uint128[]' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'getBatchProverRewards',
    outputs: [
      { name: 'amounts', internalType: 'uint128[]', type: 'uint128[]' },
      { name: 'distributedFlags', internalType: 'bool[]', type: 'bool[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentEpochInfo',
    outputs: [
      { name: 'currentEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'toEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getDistributableRewards',
    outputs: [
      { name: 'epochs', internalType: 'uint32[]', type: 'uint32[]' },
      { name: 'amounts', internalType: 'uint128[]', type: 'uint128[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getEpochConfigNumber',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getEpochConfigs',
    outputs: [
      {
        name: '',
        internalType: 'struct EpochManager.EpochConfig[]',
        type: 'tuple[]',
        components: [
          { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
          { name: 'fromTime', internalType: 'uint64', type: 'uint64' },
          { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
          { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'epoch', internalType: 'uint32', type: 'uint32' }],
    name: 'getEpochInfoByEpochNumber',
    outputs: [
      { name: 'epochStartTime', internalType: 'uint64', type: 'uint64' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'timestamp', internalType: 'uint64', type: 'uint64' }],
    name: 'getEpochInfoByTimestamp',
    outputs: [
      { name: 'currentEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getProverReward',
    outputs: [
      { name: 'amount', internalType: 'uint128', type: 'uint128' },
      { name: 'distributed', internalType: 'bool', type: 'bool' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'toEpoch', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'getTotalRewardsForEpochRange',
    outputs: [
      { name: 'totalRewards', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'grantRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '_stakingController', internalType: 'address', type: 'address' },
      { name: '_brevisProof', internalType: 'address', type: 'address' },
      { name: '_rewardUpdater', internalType: 'address', type: 'address' },
      { name: '_epochUpdater', internalType: 'address', type: 'address' },
    ],
    name: 'init',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: '_startTimestamp', internalType: 'uint64', type: 'uint64' },
      { name: '_epochLength', internalType: 'uint64', type: 'uint64' },
      { name: '_maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'initEpoch',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'lastUpdatedEpoch',
    outputs: [{ name: '', internalType: 'uint32', type: 'uint32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pause',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'paused',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'popEpochConfig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'popFutureEpochConfigs',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'revokeRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleAdmin',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMemberCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMembers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '_brevisProof', internalType: 'address', type: 'address' },
    ],
    name: 'setBrevisProof',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setEpochConfig',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'fromTime', internalType: 'uint64', type: 'uint64' },
      { name: 'epochLength', internalType: 'uint64', type: 'uint64' },
      { name: 'maxEpochReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'setEpochConfigByTime',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'proof', internalType: 'bytes', type: 'bytes' },
      { name: 'circuitOutput', internalType: 'bytes', type: 'bytes' },
    ],
    name: 'setRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    name: 'setRoleAdmin',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: '_vkHash', internalType: 'bytes32', type: 'bytes32' }],
    name: 'setVkHash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [
      {
        name: '',
        internalType: 'contract IStakingController',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'startOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'startTimestamp',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unpause',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vkHash',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'withdrawRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldBrevisProof',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newBrevisProof',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'BrevisProofUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'fromEpoch',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'fromTime',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'epochLength',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'maxEpochReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EpochConfigPopped',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'fromEpoch',
        internalType: 'uint32',
        type: 'uint32',
        indexed: false,
      },
      {
        name: 'fromTime',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'epochLength',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'maxEpochReward',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EpochConfigSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32', indexed: true },
      {
        name: 'newAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'cumulativeAmount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EpochRewardsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'canceledPendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferCanceled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'pendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'Paused',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32', indexed: true },
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsSet',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'Unpaused',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldVkHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
      {
        name: 'newVkHash',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: true,
      },
    ],
    name: 'VkHashUpdated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountAlreadyHasRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountDoesNotHaveRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAdmin',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedRole',
  },
  { type: 'error', inputs: [], name: 'EnforcedPause' },
  { type: 'error', inputs: [], name: 'EpochManagerAlreadyInitialized' },
  { type: 'error', inputs: [], name: 'EpochManagerFirstConfigMustStartAtOne' },
  {
    type: 'error',
    inputs: [
      { name: 'lastFromEpoch', internalType: 'uint32', type: 'uint32' },
      { name: 'newFromEpoch', internalType: 'uint32', type: 'uint32' },
    ],
    name: 'EpochManagerFromEpochNotIncreasing',
  },
  {
    type: 'error',
    inputs: [
      { name: 'providedLength', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'EpochManagerInvalidEpochLength',
  },
  { type: 'error', inputs: [], name: 'EpochManagerInvalidEpochNumber' },
  {
    type: 'error',
    inputs: [{ name: 'providedEpoch', internalType: 'uint32', type: 'uint32' }],
    name: 'EpochManagerInvalidFromEpoch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'providedTime', internalType: 'uint64', type: 'uint64' },
      { name: 'lastConfiguredTime', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'EpochManagerInvalidFromTime',
  },
  { type: 'error', inputs: [], name: 'EpochManagerInvalidInitParams' },
  {
    type: 'error',
    inputs: [
      { name: 'providedReward', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'EpochManagerInvalidMaxReward',
  },
  { type: 'error', inputs: [], name: 'EpochManagerNoConfigs' },
  { type: 'error', inputs: [], name: 'EpochManagerNotInitialized' },
  { type: 'error', inputs: [], name: 'ExpectedPause' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnerAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'address', type: 'address' },
    ],
    name: 'OwnerUnauthorized',
  },
  { type: 'error', inputs: [], name: 'OwnerZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'PauserUnauthorized',
  },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'epochEndTime', internalType: 'uint64', type: 'uint64' },
      { name: 'currentTime', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'StakingRewardsEpochNotReady',
  },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'expectedStart', internalType: 'uint64', type: 'uint64' },
      { name: 'providedStart', internalType: 'uint64', type: 'uint64' },
      { name: 'expectedEnd', internalType: 'uint64', type: 'uint64' },
      { name: 'providedEnd', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'StakingRewardsEpochWindowMismatch',
  },
  {
    type: 'error',
    inputs: [
      { name: 'epoch', internalType: 'uint32', type: 'uint32' },
      { name: 'totalRewards', internalType: 'uint256', type: 'uint256' },
      { name: 'maxAllowed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StakingRewardsExceedsMax',
  },
  { type: 'error', inputs: [], name: 'StakingRewardsInvalidEpoch' },
  {
    type: 'error',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'StakingRewardsNotDistributable',
  },
  {
    type: 'error',
    inputs: [
      { name: 'previousProver', internalType: 'address', type: 'address' },
      { name: 'currentProver', internalType: 'address', type: 'address' },
    ],
    name: 'StakingRewardsUnsortedProvers',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// MarketViewer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const marketViewerAbi = [
  {
    type: 'constructor',
    inputs: [
      {
        name: '_brevisMarketAddress',
        internalType: 'address',
        type: 'address',
      },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'batchGetBidHashes',
    outputs: [
      { name: 'bidHashes', internalType: 'bytes32[]', type: 'bytes32[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    name: 'batchGetBidders',
    outputs: [
      {
        name: 'out',
        internalType: 'struct IMarketViewer.BiddersView[]',
        type: 'tuple[]',
        components: [
          { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
          { name: 'winner', internalType: 'address', type: 'address' },
          { name: 'winnerFee', internalType: 'uint256', type: 'uint256' },
          { name: 'second', internalType: 'address', type: 'address' },
          { name: 'secondFee', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'batchGetProverStatsComposite',
    outputs: [
      {
        name: 'out',
        internalType: 'struct IMarketViewer.ProverStatsComposite[]',
        type: 'tuple[]',
        components: [
          {
            name: 'total',
            internalType: 'struct IBrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct IBrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
          { name: 'successRateBps', internalType: 'uint64', type: 'uint64' },
          { name: 'fulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'refunded', internalType: 'uint64', type: 'uint64' },
          { name: 'pendingCount', internalType: 'uint64', type: 'uint64' },
          { name: 'overdueCount', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    name: 'batchGetRequests',
    outputs: [
      {
        name: 'out',
        internalType: 'struct IMarketViewer.RequestView[]',
        type: 'tuple[]',
        components: [
          { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'status',
            internalType: 'enum IBrevisMarket.ReqStatus',
            type: 'uint8',
          },
          { name: 'timestamp', internalType: 'uint64', type: 'uint64' },
          { name: 'sender', internalType: 'address', type: 'address' },
          { name: 'maxFee', internalType: 'uint256', type: 'uint256' },
          { name: 'minStake', internalType: 'uint256', type: 'uint256' },
          { name: 'deadline', internalType: 'uint64', type: 'uint64' },
          { name: 'vk', internalType: 'bytes32', type: 'bytes32' },
          {
            name: 'publicValuesDigest',
            internalType: 'bytes32',
            type: 'bytes32',
          },
          { name: 'version', internalType: 'uint32', type: 'uint32' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'brevisMarket',
    outputs: [
      { name: '', internalType: 'contract IBrevisMarket', type: 'address' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getGlobalStatsComposite',
    outputs: [
      {
        name: 'v',
        internalType: 'struct IMarketViewer.GlobalStatsComposite',
        type: 'tuple',
        components: [
          {
            name: 'total',
            internalType: 'struct IBrevisMarket.GlobalStats',
            type: 'tuple',
            components: [
              { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
              {
                name: 'totalFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct IBrevisMarket.GlobalStats',
            type: 'tuple',
            components: [
              { name: 'totalRequests', internalType: 'uint64', type: 'uint64' },
              {
                name: 'totalFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'totalFees', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverOverdueCount',
    outputs: [{ name: 'overdue', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverOverdueRequests',
    outputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingCount',
    outputs: [{ name: 'count', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverPendingRequests',
    outputs: [
      {
        name: 'items',
        internalType: 'struct IMarketViewer.ProverPendingItem[]',
        type: 'tuple[]',
        components: [
          { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
          { name: 'deadline', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStatsComposite',
    outputs: [
      {
        name: 'v',
        internalType: 'struct IMarketViewer.ProverStatsComposite',
        type: 'tuple',
        components: [
          {
            name: 'total',
            internalType: 'struct IBrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          {
            name: 'recent',
            internalType: 'struct IBrevisMarket.ProverStats',
            type: 'tuple',
            components: [
              { name: 'bids', internalType: 'uint64', type: 'uint64' },
              { name: 'reveals', internalType: 'uint64', type: 'uint64' },
              {
                name: 'requestsFulfilled',
                internalType: 'uint64',
                type: 'uint64',
              },
              {
                name: 'requestsRefunded',
                internalType: 'uint64',
                type: 'uint64',
              },
              { name: 'lastActiveAt', internalType: 'uint64', type: 'uint64' },
              { name: 'feeReceived', internalType: 'uint256', type: 'uint256' },
            ],
          },
          { name: 'recentStartAt', internalType: 'uint64', type: 'uint64' },
          { name: 'successRateBps', internalType: 'uint64', type: 'uint64' },
          { name: 'fulfilled', internalType: 'uint64', type: 'uint64' },
          { name: 'refunded', internalType: 'uint64', type: 'uint64' },
          { name: 'pendingCount', internalType: 'uint64', type: 'uint64' },
          { name: 'overdueCount', internalType: 'uint64', type: 'uint64' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderOverdueCount',
    outputs: [{ name: 'overdue', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderOverdueRequests',
    outputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderPendingCount',
    outputs: [{ name: 'count', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderPendingRequests',
    outputs: [
      {
        name: 'items',
        internalType: 'struct IMarketViewer.SenderPendingItem[]',
        type: 'tuple[]',
        components: [
          { name: 'reqid', internalType: 'bytes32', type: 'bytes32' },
          { name: 'deadline', internalType: 'uint64', type: 'uint64' },
          { name: 'winner', internalType: 'address', type: 'address' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'getSenderRefundableRequests',
    outputs: [{ name: 'reqids', internalType: 'bytes32[]', type: 'bytes32[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'epochIds', internalType: 'uint64[]', type: 'uint64[]' }],
    name: 'getStatsEpochs',
    outputs: [
      { name: 'startAts', internalType: 'uint64[]', type: 'uint64[]' },
      { name: 'endAts', internalType: 'uint64[]', type: 'uint64[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getStatsEpochs',
    outputs: [
      { name: 'startAts', internalType: 'uint64[]', type: 'uint64[]' },
      { name: 'endAts', internalType: 'uint64[]', type: 'uint64[]' },
    ],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// Multicall3
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const multicall3Abi = [
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'returnData', internalType: 'bytes[]', type: 'bytes[]' },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call3[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'allowFailure', internalType: 'bool', type: 'bool' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate3',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call3Value[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'allowFailure', internalType: 'bool', type: 'bool' },
          { name: 'value', internalType: 'uint256', type: 'uint256' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'aggregate3Value',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'blockAndAggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'blockHash', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getBasefee',
    outputs: [{ name: 'basefee', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'blockNumber', internalType: 'uint256', type: 'uint256' }],
    name: 'getBlockHash',
    outputs: [{ name: 'blockHash', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getBlockNumber',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getChainId',
    outputs: [{ name: 'chainid', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockCoinbase',
    outputs: [{ name: 'coinbase', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockDifficulty',
    outputs: [{ name: 'difficulty', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockGasLimit',
    outputs: [{ name: 'gaslimit', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getCurrentBlockTimestamp',
    outputs: [{ name: 'timestamp', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'addr', internalType: 'address', type: 'address' }],
    name: 'getEthBalance',
    outputs: [{ name: 'balance', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getLastBlockHash',
    outputs: [{ name: 'blockHash', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requireSuccess', internalType: 'bool', type: 'bool' },
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'tryAggregate',
    outputs: [
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'requireSuccess', internalType: 'bool', type: 'bool' },
      {
        name: 'calls',
        internalType: 'struct Multicall3.Call[]',
        type: 'tuple[]',
        components: [
          { name: 'target', internalType: 'address', type: 'address' },
          { name: 'callData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    name: 'tryBlockAndAggregate',
    outputs: [
      { name: 'blockNumber', internalType: 'uint256', type: 'uint256' },
      { name: 'blockHash', internalType: 'bytes32', type: 'bytes32' },
      {
        name: 'results',
        internalType: 'struct Multicall3.Result[]',
        type: 'tuple[]',
        components: [
          { name: 'success', internalType: 'bool', type: 'bool' },
          { name: 'returnData', internalType: 'bytes', type: 'bytes' },
        ],
      },
    ],
    stateMutability: 'payable',
  },
  {
    type: 'error',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'CallFailed',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sent', internalType: 'uint256', type: 'uint256' },
      { name: 'used', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ValueMismatch',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// ProverVault
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const proverVaultAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: 'asset_', internalType: 'contract IERC20', type: 'address' },
      { name: 'name_', internalType: 'string', type: 'string' },
      { name: 'symbol_', internalType: 'string', type: 'string' },
      { name: 'prover_', internalType: 'address', type: 'address' },
      { name: 'controller_', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'spender', internalType: 'address', type: 'address' },
    ],
    name: 'allowance',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'approve',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'asset',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'balanceOf',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'controller',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'to', internalType: 'address', type: 'address' },
    ],
    name: 'controllerSlash',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'convertToAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'convertToShares',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'decimals',
    outputs: [{ name: '', internalType: 'uint8', type: 'uint8' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'deposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'getTransferableShares',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'maxDeposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'maxMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'maxRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'maxWithdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'mint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'name',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'previewDeposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'previewMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    name: 'previewRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    name: 'previewWithdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'prover',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'redeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'symbol',
    outputs: [{ name: '', internalType: 'string', type: 'string' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalSupply',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transfer',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'value', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'transferFrom',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'withdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'spender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Approval',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'to', internalType: 'address', type: 'address', indexed: false },
    ],
    name: 'ControllerSlash',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Deposit',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'from', internalType: 'address', type: 'address', indexed: true },
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'value',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Transfer',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'sender',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'receiver',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'assets',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Withdraw',
  },
  {
    type: 'error',
    inputs: [
      { name: 'spender', internalType: 'address', type: 'address' },
      { name: 'allowance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientAllowance',
  },
  {
    type: 'error',
    inputs: [
      { name: 'sender', internalType: 'address', type: 'address' },
      { name: 'balance', internalType: 'uint256', type: 'uint256' },
      { name: 'needed', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC20InsufficientBalance',
  },
  {
    type: 'error',
    inputs: [{ name: 'approver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidApprover',
  },
  {
    type: 'error',
    inputs: [{ name: 'receiver', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidReceiver',
  },
  {
    type: 'error',
    inputs: [{ name: 'sender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSender',
  },
  {
    type: 'error',
    inputs: [{ name: 'spender', internalType: 'address', type: 'address' }],
    name: 'ERC20InvalidSpender',
  },
  {
    type: 'error',
    inputs: [
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxDeposit',
  },
  {
    type: 'error',
    inputs: [
      { name: 'receiver', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxMint',
  },
  {
    type: 'error',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxRedeem',
  },
  {
    type: 'error',
    inputs: [
      { name: 'owner', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
      { name: 'max', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'ERC4626ExceededMaxWithdraw',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
  { type: 'error', inputs: [], name: 'VaultOnlyController' },
  { type: 'error', inputs: [], name: 'VaultSharesLocked' },
  { type: 'error', inputs: [], name: 'VaultTransferBlocked' },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StakingController
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const stakingControllerAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: '_stakingToken', internalType: 'address', type: 'address' },
      { name: '_vaultFactory', internalType: 'address', type: 'address' },
      { name: '_unstakeDelay', internalType: 'uint256', type: 'uint256' },
      { name: '_minSelfStake', internalType: 'uint256', type: 'uint256' },
      { name: '_maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'AUTHORIZED_PROVER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'BPS_DENOMINATOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'DEACTIVATION_SCALE',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MAX_PENDING_UNSTAKES',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'MIN_SCALE_FLOOR',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'PAUSER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'SLASHER_ROLE',
    outputs: [{ name: '', internalType: 'bytes32', type: 'bytes32' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'acceptOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'amounts', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'addRewards',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'addRewards',
    outputs: [
      { name: 'commission', internalType: 'uint256', type: 'uint256' },
      { name: 'toStakers', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'beforeShareTransfer',
    outputs: [],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'cancelOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'claimCommission',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'completeUnstake',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'deactivateProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'deactivateProvers',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'emergencyRecover',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'source', internalType: 'address', type: 'address' },
    ],
    name: 'getCommissionRate',
    outputs: [{ name: '', internalType: 'uint64', type: 'uint64' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getCommissionRates',
    outputs: [
      { name: 'sources', internalType: 'address[]', type: 'address[]' },
      { name: 'rates', internalType: 'uint64[]', type: 'uint64[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getPendingUnstakes',
    outputs: [
      {
        name: '',
        internalType: 'struct IStakingController.UnstakeRequest[]',
        type: 'tuple[]',
        components: [
          { name: 'amount', internalType: 'uint256', type: 'uint256' },
          { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
          { name: 'scaleSnapshot', internalType: 'uint256', type: 'uint256' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'isActive', internalType: 'bool', type: 'bool' }],
    name: 'getProverCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverInfo',
    outputs: [
      {
        name: 'state',
        internalType: 'enum IStakingController.ProverState',
        type: 'uint8',
      },
      { name: 'vault', internalType: 'address', type: 'address' },
      { name: 'defaultCommissionRate', internalType: 'uint64', type: 'uint64' },
      { name: 'pendingCommission', internalType: 'uint256', type: 'uint256' },
      { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
      { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'iconUrl', internalType: 'string', type: 'string' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverSlashingScale',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverStakers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverState',
    outputs: [
      {
        name: '',
        internalType: 'enum IStakingController.ProverState',
        type: 'uint8',
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverTotalAssets',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverTotalUnstaking',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverVault',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'isActive', internalType: 'bool', type: 'bool' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'end', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProvers',
    outputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getStakeInfo',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getStakersWithPendingUnstakes',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getStakersWithPendingUnstakesCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'isActive', internalType: 'bool', type: 'bool' }],
    name: 'getTotalVaultAssets',
    outputs: [{ name: 'total', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'getUnstakingInfo',
    outputs: [
      { name: 'totalAmount', internalType: 'uint256', type: 'uint256' },
      { name: 'readyAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'grantRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'grantRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'hasRole',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: '_stakingToken', internalType: 'address', type: 'address' },
      { name: '_vaultFactory', internalType: 'address', type: 'address' },
      { name: '_unstakeDelay', internalType: 'uint256', type: 'uint256' },
      { name: '_minSelfStake', internalType: 'uint256', type: 'uint256' },
      { name: '_maxSlashBps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'init',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'defaultCommissionRate', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'initializeProver',
    outputs: [{ name: 'vault', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'minimumVaultAssets', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'isProverEligible',
    outputs: [
      { name: 'eligible', internalType: 'bool', type: 'bool' },
      { name: 'currentVaultAssets', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'jailProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'jailProvers',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'maxDeposit',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'receiver', internalType: 'address', type: 'address' },
    ],
    name: 'maxMint',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'maxRedeem',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'maxSlashBps',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'owner', internalType: 'address', type: 'address' },
    ],
    name: 'maxWithdraw',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'minSelfStake',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'from', internalType: 'address', type: 'address' },
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'onShareTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'owner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pause',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'paused',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'pendingOwner',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'reactivateProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'reactivateProvers',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'renounceRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'requestUnstake',
    outputs: [{ name: 'amount', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'requireAuthorization',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'source', internalType: 'address', type: 'address' }],
    name: 'resetCommissionRate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'retireProver',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'retireProvers',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'account', internalType: 'address', type: 'address' },
    ],
    name: 'revokeRole',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'accounts', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'revokeRoles',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleAdmin',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMemberCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'role', internalType: 'bytes32', type: 'bytes32' }],
    name: 'roleMembers',
    outputs: [{ name: '', internalType: 'address[]', type: 'address[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'source', internalType: 'address', type: 'address' },
      { name: 'newRate', internalType: 'uint64', type: 'uint64' },
    ],
    name: 'setCommissionRate',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'setMaxSlashBps',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'value', internalType: 'uint256', type: 'uint256' }],
    name: 'setMinSelfStake',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'iconUrl', internalType: 'string', type: 'string' },
    ],
    name: 'setProverProfile',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'name', internalType: 'string', type: 'string' },
      { name: 'iconUrl', internalType: 'string', type: 'string' },
    ],
    name: 'setProverProfileByAdmin',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'required', internalType: 'bool', type: 'bool' }],
    name: 'setRequireAuthorization',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
      { name: 'admin', internalType: 'address', type: 'address' },
    ],
    name: 'setRoleAdmin',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'newDelay', internalType: 'uint256', type: 'uint256' }],
    name: 'setUnstakeDelay',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'bps', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'slash',
    outputs: [
      { name: 'slashedAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'slashByAmount',
    outputs: [
      { name: 'slashedAmount', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'stake',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'staker', internalType: 'address', type: 'address' },
    ],
    name: 'stakerHasPendingUnstakes',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingToken',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'startOwnershipTransfer',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'totalUnstaking',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'newOwner', internalType: 'address', type: 'address' }],
    name: 'transferOwnership',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'treasuryPool',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unpause',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [],
    name: 'unstakeDelay',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'vaultFactory',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'to', internalType: 'address', type: 'address' },
      { name: 'amount', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'withdrawTreasury',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'CommissionClaimed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'source',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'newRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
      {
        name: 'useDefault',
        internalType: 'bool',
        type: 'bool',
        indexed: false,
      },
    ],
    name: 'CommissionRateUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'to', internalType: 'address', type: 'address', indexed: false },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'EmergencyRecovered',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MaxSlashBpsUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newValue',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'MinSelfStakeUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'canceledPendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferCanceled',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'owner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'pendingOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferStarted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'previousOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newOwner',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'OwnershipTransferred',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'Paused',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'vault',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'defaultCommissionRate',
        internalType: 'uint64',
        type: 'uint64',
        indexed: false,
      },
    ],
    name: 'ProverInitialized',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      { name: 'name', internalType: 'string', type: 'string', indexed: false },
      {
        name: 'iconUrl',
        internalType: 'string',
        type: 'string',
        indexed: false,
      },
    ],
    name: 'ProverProfileUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'ProverRetired',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      { name: 'bps', internalType: 'uint256', type: 'uint256', indexed: false },
    ],
    name: 'ProverSlashed',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'oldState',
        internalType: 'enum IStakingController.ProverState',
        type: 'uint8',
        indexed: false,
      },
      {
        name: 'newState',
        internalType: 'enum IStakingController.ProverState',
        type: 'uint8',
        indexed: false,
      },
    ],
    name: 'ProverStateChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'required', internalType: 'bool', type: 'bool', indexed: false },
    ],
    name: 'RequireAuthorizationUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'source',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'commission',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'toStakers',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'RewardsAdded',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'previousAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'newAdmin',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleAdminChanged',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleGranted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'role', internalType: 'bytes32', type: 'bytes32', indexed: true },
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
    ],
    name: 'RoleRevoked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'Staked',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      { name: 'to', internalType: 'address', type: 'address', indexed: true },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'TreasuryWithdrawn',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'account',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
    ],
    name: 'Unpaused',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeCompleted',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'oldDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'newDelay',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeDelayUpdated',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'staker',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'shares',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
      {
        name: 'amount',
        internalType: 'uint256',
        type: 'uint256',
        indexed: false,
      },
    ],
    name: 'UnstakeRequested',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountAlreadyHasRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlAccountDoesNotHaveRole',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedAdmin',
  },
  {
    type: 'error',
    inputs: [
      { name: 'account', internalType: 'address', type: 'address' },
      { name: 'role', internalType: 'bytes32', type: 'bytes32' },
    ],
    name: 'AccessControlUnauthorizedRole',
  },
  {
    type: 'error',
    inputs: [],
    name: 'ControllerCannotRetireProverWithPendingCommission',
  },
  {
    type: 'error',
    inputs: [],
    name: 'ControllerCannotRetireProverWithPendingUnstakes',
  },
  {
    type: 'error',
    inputs: [],
    name: 'ControllerCannotRetireProverWithStakers',
  },
  { type: 'error', inputs: [], name: 'ControllerInsufficientShares' },
  { type: 'error', inputs: [], name: 'ControllerInsufficientTreasury' },
  { type: 'error', inputs: [], name: 'ControllerInvalidArg' },
  { type: 'error', inputs: [], name: 'ControllerInvalidStakeAmount' },
  { type: 'error', inputs: [], name: 'ControllerInvalidUnstakeAmount' },
  { type: 'error', inputs: [], name: 'ControllerMinSelfStakeNotMet' },
  { type: 'error', inputs: [], name: 'ControllerNoShares' },
  { type: 'error', inputs: [], name: 'ControllerNoUnstakeRequest' },
  { type: 'error', inputs: [], name: 'ControllerNotAuthorized' },
  { type: 'error', inputs: [], name: 'ControllerOnlyAdmin' },
  { type: 'error', inputs: [], name: 'ControllerOnlyAdminOrProver' },
  { type: 'error', inputs: [], name: 'ControllerOnlyProver' },
  { type: 'error', inputs: [], name: 'ControllerOnlyVault' },
  { type: 'error', inputs: [], name: 'ControllerProverAlreadyInitialized' },
  { type: 'error', inputs: [], name: 'ControllerProverNotActive' },
  { type: 'error', inputs: [], name: 'ControllerProverNotInitialized' },
  { type: 'error', inputs: [], name: 'ControllerShareAccountingMismatch' },
  { type: 'error', inputs: [], name: 'ControllerSlashTooHigh' },
  { type: 'error', inputs: [], name: 'ControllerTooManyPendingUnstakes' },
  { type: 'error', inputs: [], name: 'ControllerUnstakeNotReady' },
  { type: 'error', inputs: [], name: 'ControllerZeroAmount' },
  { type: 'error', inputs: [], name: 'EnforcedPause' },
  { type: 'error', inputs: [], name: 'ExpectedPause' },
  {
    type: 'error',
    inputs: [{ name: 'owner', internalType: 'address', type: 'address' }],
    name: 'OwnerAlreadySet',
  },
  {
    type: 'error',
    inputs: [
      { name: 'caller', internalType: 'address', type: 'address' },
      { name: 'expected', internalType: 'address', type: 'address' },
    ],
    name: 'OwnerUnauthorized',
  },
  { type: 'error', inputs: [], name: 'OwnerZeroAddress' },
  {
    type: 'error',
    inputs: [{ name: 'account', internalType: 'address', type: 'address' }],
    name: 'PauserUnauthorized',
  },
  { type: 'error', inputs: [], name: 'ReentrancyGuardReentrantCall' },
  {
    type: 'error',
    inputs: [{ name: 'token', internalType: 'address', type: 'address' }],
    name: 'SafeERC20FailedOperation',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// StakingViewer
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const stakingViewerAbi = [
  {
    type: 'constructor',
    inputs: [
      { name: '_stakingController', internalType: 'address', type: 'address' },
    ],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'shares', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'batchConvertToAssets',
    outputs: [{ name: 'assets', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'assets', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'batchConvertToShares',
    outputs: [{ name: 'shares', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'batchGetStakerCounts',
    outputs: [{ name: 'counts', internalType: 'uint256[]', type: 'uint256[]' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'assets', internalType: 'uint256[]', type: 'uint256[]' },
    ],
    name: 'batchPreviewStake',
    outputs: [
      { name: 'shares', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'eligible', internalType: 'bool[]', type: 'bool[]' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'assets', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'convertAssetsToShares',
    outputs: [{ name: 'shares', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'shares', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'convertSharesToAssets',
    outputs: [{ name: 'assets', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getAllActiveProversInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          {
            name: 'state',
            internalType: 'enum IStakingController.ProverState',
            type: 'uint8',
          },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getProverInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          {
            name: 'state',
            internalType: 'enum IStakingController.ProverState',
            type: 'uint8',
          },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'provers', internalType: 'address[]', type: 'address[]' }],
    name: 'getProversInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          {
            name: 'state',
            internalType: 'enum IStakingController.ProverState',
            type: 'uint8',
          },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'isActive', internalType: 'bool', type: 'bool' },
      { name: 'start', internalType: 'uint256', type: 'uint256' },
      { name: 'end', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'getProversInfo',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          {
            name: 'state',
            internalType: 'enum IStakingController.ProverState',
            type: 'uint8',
          },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getSystemOverview',
    outputs: [
      {
        name: 'overview',
        internalType: 'struct StakingViewer.SystemOverview',
        type: 'tuple',
        components: [
          {
            name: 'totalVaultAssets',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'totalActiveVaultAssets',
            internalType: 'uint256',
            type: 'uint256',
          },
          { name: 'totalProvers', internalType: 'uint256', type: 'uint256' },
          { name: 'activeProvers', internalType: 'uint256', type: 'uint256' },
          { name: 'totalStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'minSelfStake', internalType: 'uint256', type: 'uint256' },
          { name: 'unstakeDelay', internalType: 'uint256', type: 'uint256' },
          { name: 'stakingToken', internalType: 'address', type: 'address' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'limit', internalType: 'uint256', type: 'uint256' }],
    name: 'getTopProvers',
    outputs: [
      {
        name: 'top',
        internalType: 'struct StakingViewer.ProverDisplayInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          {
            name: 'state',
            internalType: 'enum IStakingController.ProverState',
            type: 'uint8',
          },
          { name: 'vault', internalType: 'address', type: 'address' },
          { name: 'vaultAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'vaultShares', internalType: 'uint256', type: 'uint256' },
          { name: 'totalAssets', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'numStakers', internalType: 'uint256', type: 'uint256' },
          { name: 'joinedAt', internalType: 'uint64', type: 'uint64' },
          { name: 'slashingScale', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingCommission',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'defaultCommissionRate',
            internalType: 'uint64',
            type: 'uint64',
          },
          {
            name: 'commissionRates',
            internalType: 'struct StakingViewer.ProverCommissionInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'source', internalType: 'address', type: 'address' },
              { name: 'rate', internalType: 'uint64', type: 'uint64' },
            ],
          },
          { name: 'name', internalType: 'string', type: 'string' },
          { name: 'iconUrl', internalType: 'string', type: 'string' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'getUserPortfolio',
    outputs: [
      {
        name: 'portfolio',
        internalType: 'struct StakingViewer.UserPortfolio',
        type: 'tuple',
        components: [
          { name: 'totalValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          {
            name: 'totalReadyToWithdraw',
            internalType: 'uint256',
            type: 'uint256',
          },
          {
            name: 'stakes',
            internalType: 'struct StakingViewer.UserStakeInfo[]',
            type: 'tuple[]',
            components: [
              { name: 'prover', internalType: 'address', type: 'address' },
              { name: 'shares', internalType: 'uint256', type: 'uint256' },
              {
                name: 'currentValue',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'totalUnstaking',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'readyToWithdraw',
                internalType: 'uint256',
                type: 'uint256',
              },
              {
                name: 'pendingRequests',
                internalType: 'struct IStakingController.UnstakeRequest[]',
                type: 'tuple[]',
                components: [
                  { name: 'amount', internalType: 'uint256', type: 'uint256' },
                  {
                    name: 'requestTime',
                    internalType: 'uint256',
                    type: 'uint256',
                  },
                  {
                    name: 'scaleSnapshot',
                    internalType: 'uint256',
                    type: 'uint256',
                  },
                ],
              },
              { name: 'isProver', internalType: 'bool', type: 'bool' },
            ],
          },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'user', internalType: 'address', type: 'address' }],
    name: 'getUserReadyWithdrawals',
    outputs: [
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
      { name: 'amounts', internalType: 'uint256[]', type: 'uint256[]' },
      { name: 'totalReady', internalType: 'uint256', type: 'uint256' },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
    ],
    name: 'getUserStakeWithProver',
    outputs: [
      {
        name: '',
        internalType: 'struct StakingViewer.UserStakeInfo',
        type: 'tuple',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'shares', internalType: 'uint256', type: 'uint256' },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'readyToWithdraw', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingRequests',
            internalType: 'struct IStakingController.UnstakeRequest[]',
            type: 'tuple[]',
            components: [
              { name: 'amount', internalType: 'uint256', type: 'uint256' },
              { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
              {
                name: 'scaleSnapshot',
                internalType: 'uint256',
                type: 'uint256',
              },
            ],
          },
          { name: 'isProver', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'user', internalType: 'address', type: 'address' },
      { name: 'provers', internalType: 'address[]', type: 'address[]' },
    ],
    name: 'getUserStakesWithProvers',
    outputs: [
      {
        name: 'stakes',
        internalType: 'struct StakingViewer.UserStakeInfo[]',
        type: 'tuple[]',
        components: [
          { name: 'prover', internalType: 'address', type: 'address' },
          { name: 'shares', internalType: 'uint256', type: 'uint256' },
          { name: 'currentValue', internalType: 'uint256', type: 'uint256' },
          { name: 'totalUnstaking', internalType: 'uint256', type: 'uint256' },
          { name: 'readyToWithdraw', internalType: 'uint256', type: 'uint256' },
          {
            name: 'pendingRequests',
            internalType: 'struct IStakingController.UnstakeRequest[]',
            type: 'tuple[]',
            components: [
              { name: 'amount', internalType: 'uint256', type: 'uint256' },
              { name: 'requestTime', internalType: 'uint256', type: 'uint256' },
              {
                name: 'scaleSnapshot',
                internalType: 'uint256',
                type: 'uint256',
              },
            ],
          },
          { name: 'isProver', internalType: 'bool', type: 'bool' },
        ],
      },
    ],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [
      {
        name: '',
        internalType: 'contract IStakingController',
        type: 'address',
      },
    ],
    stateMutability: 'view',
  },
] as const

//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////
// VaultFactory
//////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////

export const vaultFactoryAbi = [
  {
    type: 'function',
    inputs: [
      { name: 'asset', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'controller', internalType: 'address', type: 'address' },
    ],
    name: 'createVault',
    outputs: [{ name: 'vault', internalType: 'address', type: 'address' }],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'getVault',
    outputs: [{ name: 'vault', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: 'index', internalType: 'uint256', type: 'uint256' }],
    name: 'getVaultAtIndex',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'getVaultCount',
    outputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '_controller', internalType: 'address', type: 'address' }],
    name: 'init',
    outputs: [],
    stateMutability: 'nonpayable',
  },
  {
    type: 'function',
    inputs: [{ name: 'prover', internalType: 'address', type: 'address' }],
    name: 'isVaultDeployed',
    outputs: [{ name: '', internalType: 'bool', type: 'bool' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [
      { name: 'asset', internalType: 'address', type: 'address' },
      { name: 'prover', internalType: 'address', type: 'address' },
      { name: 'controller', internalType: 'address', type: 'address' },
    ],
    name: 'predictVaultAddress',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [],
    name: 'stakingController',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'function',
    inputs: [{ name: '', internalType: 'uint256', type: 'uint256' }],
    name: 'vaults',
    outputs: [{ name: '', internalType: 'address', type: 'address' }],
    stateMutability: 'view',
  },
  {
    type: 'event',
    anonymous: false,
    inputs: [
      {
        name: 'prover',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'vault',
        internalType: 'address',
        type: 'address',
        indexed: true,
      },
      {
        name: 'asset',
        internalType: 'address',
        type: 'address',
        indexed: false,
      },
      {
        name: 'salt',
        internalType: 'bytes32',
        type: 'bytes32',
        indexed: false,
      },
    ],
    name: 'VaultCreated',
  },
  {
    type: 'error',
    inputs: [
      { name: 'value', internalType: 'uint256', type: 'uint256' },
      { name: 'length', internalType: 'uint256', type: 'uint256' },
    ],
    name: 'StringsInsufficientHexLength',
  },
  { type: 'error', inputs: [], name: 'VaultFactoryAlreadyInitialized' },
  { type: 'error', inputs: [], name: 'VaultFactoryDeploymentFailed' },
  { type: 'error', inputs: [], name: 'VaultFactoryIndexOutOfBounds' },
  { type: 'error', inputs: [], name: 'VaultFactoryOnlyController' },
  { type: 'error', inputs: [], name: 'VaultFactoryVaultAlreadyExists' },
  { type: 'error', inputs: [], name: 'VaultFactoryZeroAddress' },
] as const
